package io.steppe.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.steppe.actors.ActorResolver;
import io.steppe.model.Actor;
import io.steppe.model.SteppeException;
import io.steppe.model.TsvLine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    Map<String, String> codes = codes();
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
                    record.path("id").asText(""), text, codes.getOrDefault(part, part), date));
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
      String ours = countryPart(resolver.resolve(text.text(), text.date()).actor());
      if (text.country().equals(ours)) {
        right++;
      } else {
        misses.add(
            text.record() + ": " + text.text() + " -> " + ours + ", expected " + text.country());
      }
    }
    return new Result(new Share(right, texts.size()), List.copyOf(misses));
  }

  /** The country, or for bodies without one the kind of body; "?" for an unknown actor. */
  static String countryPart(Actor actor) {
    if (actor.country() != null) {
      return actor.country();
    }
    if (!actor.isKnown()) {
      return "?";
    }
    String sector = actor.sector() == null ? "" : actor.sector();
    return switch (sector) {
      case "NGO" -> "NGO";
      case "REB", "MIL" -> "IMG";
      default -> "IGO";
    };
  }

  private static Map<String, String> codes() {
    Map<String, String> codes = new HashMap<>();
    for (TsvLine line : TsvLine.readResource(PloverActorTexts.class, "plover-country-codes.tsv")) {
      line.requireCells(2, 2);
      codes.put(line.cell(0), line.cell(1));
    }
    return codes;
  }
}
