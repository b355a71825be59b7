package io.steppe.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.model.SteppeException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The PLOVER gold-standard records made from the CAMEO manual ({@code PLOVER/PLOVER_GSR_CAMEO.txt}:
 * a JSON array; each record has {@code text}, {@code source} and optionally {@code target} as lists
 * of {@code {"code": ...}}, and a draft {@code event} and {@code mode}). A record is right when one
 * asserted event has a right source, a right target (when the record names one) and the record's
 * type, mapped to 2021 by {@link PloverMapping}.
 */
final class PloverSet {
  static final String FILE = "PLOVER/PLOVER_GSR_CAMEO.txt";

  /** One record with text, its actor codes and its 2021 type. */
  record PloverRecord(
      String id,
      @Nullable LocalDate date,
      String text,
      List<String> sources,
      List<String> targets,
      String type) {}

  /** Records read, and records left out (no text or no source, not an event, not mapped). */
  record Reading(List<PloverRecord> records, int leftOut) {}

  /**
   * @param all source, target and type right in one event
   * @param source some event has a right source
   * @param target some event has a right target, over the records that name one
   * @param type some event has the record's type
   */
  record Result(Share all, Share source, Share target, Share type) {}

  private PloverSet() {}

  static Reading read(Path file, int limit) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new SteppeException(file + ": not a JSON array of records: " + e.getMessage(), e);
    }
    PloverMapping mapping = PloverMapping.bundled();
    List<PloverRecord> records = new ArrayList<>();
    int leftOut = 0;
    for (JsonNode node : root) {
      String text = node.path("text").asText("").strip();
      String type = mapping.type(node.path("event").asText(""), mode(node));
      List<String> sources = codes(node.path("source"));
      if (text.isEmpty()
          || sources.isEmpty()
          || type == null
          || type.equals(PloverMapping.NOT_AN_EVENT)) {
        leftOut++;
      } else if (limit <= 0 || records.size() < limit) {
        records.add(
            new PloverRecord(
                node.path("id").asText("record " + records.size()),
                date(node.path("date").asText("")),
                text,
                sources,
                codes(node.path("target")),
                type));
      }
    }
    return new Reading(records, leftOut);
  }

  static List<Document> documents(List<PloverRecord> records) {
    List<Document> documents = new ArrayList<>();
    for (PloverRecord record : records) {
      documents.add(new Document(record.id(), record.date(), null, null, null, record.text()));
    }
    return documents;
  }

  static Result score(List<PloverRecord> records, List<List<Event>> events) {
    int all = 0;
    int source = 0;
    int target = 0;
    int named = 0;
    int type = 0;
    for (int i = 0; i < records.size(); i++) {
      PloverRecord record = records.get(i);
      Verdict verdict = verdict(record, events.get(i));
      named += record.targets().isEmpty() ? 0 : 1;
      all += verdict.all() ? 1 : 0;
      source += verdict.source() ? 1 : 0;
      target += verdict.target() ? 1 : 0;
      type += verdict.type() ? 1 : 0;
    }
    int n = records.size();
    return new Result(
        new Share(all, n), new Share(source, n), new Share(target, named), new Share(type, n));
  }

  /** What one record's asserted events got right; each part may come from a different event. */
  record Verdict(boolean all, boolean source, boolean target, boolean type) {
    /** "right", or the parts no asserted event got right, for the details listing. */
    String describe(PloverRecord record) {
      if (all) {
        return "right";
      }
      List<String> wrong = new ArrayList<>();
      if (!source) {
        wrong.add("source");
      }
      if (!target && !record.targets().isEmpty()) {
        wrong.add("target");
      }
      if (!type) {
        wrong.add("type");
      }
      return "WRONG " + (wrong.isEmpty() ? "combination" : String.join("+", wrong));
    }
  }

  static Verdict verdict(PloverRecord record, List<Event> events) {
    boolean[] right = new boolean[4];
    for (Event event : events) {
      if (event.modality() == Modality.ASSERTED) {
        boolean s = ActorMatch.anyMatches(record.sources(), event.source());
        boolean t = ActorMatch.anyMatches(record.targets(), event.target());
        boolean e = record.type().equals(event.code().plover());
        right[0] |= s && (t || record.targets().isEmpty()) && e;
        right[1] |= s;
        right[2] |= t;
        right[3] |= e;
      }
    }
    return new Verdict(right[0], right[1], right[2], right[3]);
  }

  private static @Nullable String mode(JsonNode node) {
    String mode = node.path("mode").asText("").strip();
    return mode.isEmpty() ? null : mode;
  }

  /** The codes of an actor list; anything else (absent, "", a stray word) names no actor. */
  private static List<String> codes(JsonNode actors) {
    List<String> codes = new ArrayList<>();
    if (actors.isArray()) {
      for (JsonNode actor : actors) {
        String code = actor.path("code").asText("").strip().toUpperCase(Locale.ROOT);
        if (!code.isEmpty()) {
          codes.add(code);
        }
      }
    }
    return codes;
  }

  /** A record's date, or null when it has none or one that is not ISO. */
  static @Nullable LocalDate date(String text) {
    try {
      return text.isEmpty() ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
