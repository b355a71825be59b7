package io.steppe.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names an organisation has only when written bare: "the Security Council" is the UN's. */
class BareNamesTest {
  private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.bundled());
  private static final LocalDate DAY = LocalDate.of(2025, 6, 13);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "the Security Council; UNSC",
        "Security Council; UNSC",
        "the UN Security Council; UNSC",
        "a Security Council resolution; UNSC",
        // qualified by a country: that country's council
        "Russia's Security Council; RUSGOV",
        "the Kazakh Security Council; KAZGOV",
        "the Security Council of Kazakhstan; KAZGOV",
        "Iran's Supreme National Security Council; IRNGOV",
        "the General Assembly; UNGA",
        "the Kuwaiti General Assembly; KWTLEG",
      })
  void resolve_bareOrQualified(String text, String code) {
    assertThat(RESOLVER.resolve(text, DAY).actor().code()).isEqualTo(code);
  }

  @Test
  void resolve_qualifiedByAgentWords_isOnlyASector() {
    // Whose National Security Council it is, the discourse must say.
    Resolution resolution = RESOLVER.resolve("the National Security Council", DAY);
    assertThat(resolution.actor().isKnown()).isFalse();
    assertThat(resolution.kind()).isEqualTo(Resolution.Kind.SECTOR_ONLY);
    assertThat(resolution.sector()).isEqualTo("GOV");
  }
}
