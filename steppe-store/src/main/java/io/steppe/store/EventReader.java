package io.steppe.store;

import io.steppe.model.Actor;
import io.steppe.model.CameoCode;
import io.steppe.model.CameoTable;
import io.steppe.model.Event;
import io.steppe.model.Location;
import io.steppe.model.Modality;
import io.steppe.model.Span;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Rebuilds {@link Event}s from rows of the {@code events} table. */
final class EventReader {

  /** The columns {@link #read} needs, for a SELECT list. */
  static final String COLUMNS =
      "event_id, doc_id, sentence_index, sentence, span_start, span_end, date, "
          + actorColumns("source")
          + actorColumns("target")
          + "cameo, cameo_name, plover, plover_mode, quad_class, goldstein, modality, "
          + actorColumns("attribution")
          + "location_name, location_country, confidence, why";

  /**
   * The bundled CAMEO table, or empty when it cannot be loaded: reading events must never fail, and
   * every stored event carries its own code columns to fall back on.
   */
  private static final Optional<CameoTable> BUNDLED_CAMEO = loadBundledCameo();

  private EventReader() {}

  /** The event in the current row. */
  static Event read(ResultSet row) throws SQLException {
    return new Event(
        row.getString("event_id"),
        row.getString("doc_id"),
        row.getInt("sentence_index"),
        row.getString("sentence"),
        new Span(row.getInt("span_start"), row.getInt("span_end")),
        row.getObject("date", LocalDate.class),
        Objects.requireNonNull(actor(row, "source"), "source actor"),
        actor(row, "target"),
        code(row),
        Modality.fromWord(row.getString("modality")),
        actor(row, "attribution"),
        location(row),
        row.getDouble("confidence"),
        Objects.requireNonNullElse(row.getString("why"), ""));
  }

  /**
   * The code's row in the bundled CAMEO table when it has one, else the code as stored with the
   * event.
   */
  private static CameoCode code(ResultSet row) throws SQLException {
    String cameo = row.getString("cameo");
    Optional<CameoCode> bundled = BUNDLED_CAMEO.flatMap(table -> table.find(cameo));
    if (bundled.isPresent()) {
      return bundled.get();
    }
    return new CameoCode(
        cameo,
        text(row, "cameo_name"),
        row.getDouble("goldstein"),
        row.getInt("quad_class"),
        text(row, "plover"),
        text(row, "plover_mode"));
  }

  private static @Nullable Actor actor(ResultSet row, String role) throws SQLException {
    String code = row.getString(role + "_code");
    if (code == null) {
      return null;
    }
    return new Actor(
        code,
        row.getString(role + "_country"),
        row.getString(role + "_sector"),
        row.getString(role + "_org"),
        text(row, role + "_text"));
  }

  private static @Nullable Location location(ResultSet row) throws SQLException {
    String name = row.getString("location_name");
    return name == null ? null : new Location(name, row.getString("location_country"));
  }

  private static String text(ResultSet row, String column) throws SQLException {
    return Objects.requireNonNullElse(row.getString(column), "");
  }

  private static String actorColumns(String role) {
    return String.join(
        ", ", role + "_code", role + "_country", role + "_sector", role + "_org", role + "_text, ");
  }

  private static Optional<CameoTable> loadBundledCameo() {
    try {
      return Optional.of(CameoTable.bundled());
    } catch (LinkageError | RuntimeException e) {
      // CameoTable loads cameo.tsv in its static initialiser; when the resource is missing or
      // broken, the class fails to initialise. Stored events still read back from their columns.
      return Optional.empty();
    }
  }
}
