package io.steppe.store;

import io.steppe.model.Actor;
import io.steppe.model.CameoCode;
import io.steppe.model.Event;
import io.steppe.model.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event as the values of one {@code events} row, in the column order of the V1 migration: both
 * stores' bulk writers take their rows from here, so the order is written down once. A migration
 * that adds an event column must extend {@link #COLUMNS} and {@link #values} in the same change.
 */
final class EventRow {

  /** The columns of {@code events}, in table order. */
  static final List<String> COLUMNS =
      List.of(
          "event_id",
          "doc_id",
          "sentence_index",
          "sentence",
          "span_start",
          "span_end",
          "date",
          "source_code",
          "source_country",
          "source_sector",
          "source_org",
          "source_text",
          "target_code",
          "target_country",
          "target_sector",
          "target_org",
          "target_text",
          "cameo",
          "cameo_root",
          "cameo_name",
          "plover",
          "plover_mode",
          "quad_class",
          "goldstein",
          "modality",
          "attribution_code",
          "attribution_country",
          "attribution_sector",
          "attribution_org",
          "attribution_text",
          "location_name",
          "location_country",
          "confidence",
          "why");

  private EventRow() {}

  /**
   * The event's values, one per column: String, Integer, Double, LocalDate or null (for an absent
   * target, attribution, location or date).
   */
  static List<@Nullable Object> values(Event event) {
    List<@Nullable Object> row = new ArrayList<>(COLUMNS.size());
    row.addAll(
        Arrays.asList(event.eventId(), event.docId(), event.sentenceIndex(), event.sentence()));
    row.addAll(Arrays.asList(event.span().start(), event.span().end()));
    row.add(event.date());
    addActor(row, event.source());
    addActor(row, event.target());
    CameoCode code = event.code();
    row.addAll(
        Arrays.asList(code.code(), code.root(), code.name(), code.plover(), code.ploverMode()));
    row.addAll(Arrays.asList(code.quadClass(), code.goldstein(), event.modality().word()));
    addActor(row, event.attribution());
    Location location = event.location();
    row.add(location == null ? null : location.name());
    row.add(location == null ? null : location.country());
    row.addAll(Arrays.asList(event.confidence(), event.why()));
    return row;
  }

  private static void addActor(List<@Nullable Object> row, @Nullable Actor actor) {
    if (actor == null) {
      row.addAll(Arrays.asList(null, null, null, null, null));
      return;
    }
    row.addAll(Arrays.asList(actor.code(), actor.country(), actor.sector(), actor.org()));
    row.add(actor.text());
  }
}
