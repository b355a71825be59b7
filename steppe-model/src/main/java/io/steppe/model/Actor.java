package io.steppe.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who acts or is acted on (CONTRACT.md "source", "target").
 *
 * @param code the full actor code: country + sector ({@code IRNGOV}), an organisation ({@code
 *     NATO}), or empty when the name is unknown
 * @param country ISO 3166-1 alpha-3, or null when unknown or not a state actor
 * @param sector CAMEO-style role ({@code GOV}, {@code MIL}, ...) or null
 * @param org international organisation or group code, or null
 * @param text the words in the sentence
 */
public record Actor(
    String code,
    @Nullable String country,
    @Nullable String sector,
    @Nullable String org,
    String text) {

  public Actor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }

  /** An actor the dictionary does not know: kept with its words, never guessed. */
  public static Actor unknown(String text) {
    return new Actor("", null, null, null, text);
  }

  public boolean isKnown() {
    return !code.isEmpty();
  }

  /** The same actor as mentioned by other words. */
  public Actor withText(String newText) {
    return new Actor(code, country, sector, org, newText);
  }

  /** Builds the code from its parts: country then sector, or the organisation. */
  public static Actor of(
      @Nullable String country, @Nullable String sector, @Nullable String org, String text) {
    // The actor resolver builds one for most phrases; the usual shapes need no builder.
    if (org == null && country != null) {
      return new Actor(
          sector == null ? country : country.concat(sector), country, sector, null, text);
    }
    StringBuilder code = new StringBuilder();
    if (country != null) {
      code.append(country);
    }
    if (org != null) {
      code.append(org);
    }
    if (sector != null && (country != null || org != null)) {
      code.append(sector);
    }
    return new Actor(code.toString(), country, sector, org, text);
  }
}
