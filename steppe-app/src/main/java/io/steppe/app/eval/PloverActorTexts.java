package io.steppe.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.steppe.actors.ActorResolver;
import io.steppe.model.SteppeException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The actor texts of the PLOVER records ({@code actorText} with its {@code code} in each source and
 * target), resolved with Steppe's actor dictionary on the record's date: right when the country
 * part of the resolved code equals the record's (its first three letters, read through {@code
 * plover-country-codes.tsv}). Intergovernmental and non-governmental bodies and armed groups
 * without a country count as IGO, NGO and IMG.
 */
final class PloverActorTexts {
  /** One actor text with the country part its record gives it. */
  record ActorText(String record, String text, String country, @Nullable LocalDate date) {}

  /**
   * @param right actor texts whose resolved country part is the record's
   * @param misses "record: text -> ours, expected theirs", for reading
   */
  record Result(Share right, List<String> misses) {}

  private PloverActorTexts() {}

  static List<ActorText> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new SteppeException(file + ": not a JSON array of records: " + e.getMessage(), e);
    }
    List<ActorText> texts = new ArrayList<>();
    for (JsonNode record : root) {
      LocalDate date = PloverSet.date(record.path("date").asText(""));
      for (String side : List.of("source", "target")) {
        for (JsonNode actor : record.path(side)) {
          String text = actor.path("actorText").asText("").strip();
          String code = actor.path("code").asText("").strip().toUpperCase(Locale.ROOT);
          if (!text.isEmpty() && code.length() >= 3) {
            String part = code.substring(0, 3);
            texts.add(
                new ActorText(
                    record.path("id").asText(""), text, ActorMatch.countryPart(part), date));
          }
        }
      }
    }
    return texts;
  }

  static Result score(List<ActorText> texts, ActorResolver resolver) {
    int right = 0;
    List<String> misses = new ArrayList<>();
    for (ActorText text : texts) {
      String ours = ActorMatch.countryPart(resolver.resolve(text.text(), text.date()).actor());
      if (text.country().equals(ours)) {
        right++;
      } else {
        misses.add(
            text.record() + ": " + text.text() + " -> " + ours + ", expected " + text.country());
      }
    }
    return new Result(new Share(right, texts.size()), List.copyOf(misses));
  }
}
