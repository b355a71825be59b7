package io.steppe.spark;

import io.steppe.model.Actor;
import io.steppe.model.CameoCode;
import io.steppe.model.Event;
import io.steppe.model.Location;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Events as rows of the single-machine Parquet export: the columns of the store's {@code events}
 * table (steppe-store's V1__init.sql), in its order and with its types, then {@code month}, the
 * partition column ({@code 2025-06}, or {@code NULL} for undated events, the folder name DuckDB
 * gives them).
 *
 * <p>Every column is nullable because DuckDB writes every Parquet column as optional, even those
 * the table declares NOT NULL; the parity test compares the two schemas.
 */
final class EventRows {
  /** The partition column. */
  static final String MONTH = "month";

  /** The columns the export sorts by within a file. */
  static final String[] ORDER = {"date", "doc_id", "sentence_index", "event_id"};

  static final StructType SCHEMA = schema();

  private static final String NO_DATE = "NULL";

  private EventRows() {}

  private static StructType schema() {
    StructType schema =
        text(new StructType(), "event_id", "doc_id")
            .add("sentence_index", DataTypes.IntegerType)
            .add("sentence", DataTypes.StringType)
            .add("span_start", DataTypes.IntegerType)
            .add("span_end", DataTypes.IntegerType)
            .add("date", DataTypes.DateType);
    schema = actor(actor(schema, "source"), "target");
    schema = text(schema, "cameo", "cameo_root", "cameo_name", "plover", "plover_mode");
    schema = schema.add("quad_class", DataTypes.IntegerType).add("goldstein", DataTypes.DoubleType);
    schema = actor(text(schema, "modality"), "attribution");
    schema = text(schema, "location_name", "location_country");
    return text(schema.add("confidence", DataTypes.DoubleType), "why", MONTH);
  }

  private static StructType actor(StructType schema, String role) {
    return text(
        schema, role + "_code", role + "_country", role + "_sector", role + "_org", role + "_text");
  }

  private static StructType text(StructType schema, String... names) {
    StructType result = schema;
    for (String name : names) {
      result = result.add(name, DataTypes.StringType, true);
    }
    return result;
  }

  /** The rows of a document's events. */
  static List<Row> rows(List<Event> events) {
    return events.stream().map(EventRows::row).toList();
  }

  static Row row(Event event) {
    List<@Nullable Object> values = new ArrayList<>(SCHEMA.size());
    values.addAll(
        Arrays.asList(
            event.eventId(),
            event.docId(),
            event.sentenceIndex(),
            event.sentence(),
            event.span().start(),
            event.span().end(),
            event.date()));
    addActor(values, event.source());
    addActor(values, event.target());
    CameoCode code = event.code();
    values.addAll(
        Arrays.asList(
            code.code(),
            code.root(),
            code.name(),
            code.plover(),
            code.ploverMode(),
            code.quadClass(),
            code.goldstein(),
            event.modality().word()));
    addActor(values, event.attribution());
    Location location = event.location();
    values.add(location == null ? null : location.name());
    values.add(location == null ? null : location.country());
    values.addAll(Arrays.asList(event.confidence(), event.why(), month(event.date())));
    return RowFactory.create(values.toArray());
  }

  private static void addActor(List<@Nullable Object> values, @Nullable Actor actor) {
    if (actor == null) {
      values.addAll(Arrays.asList(null, null, null, null, null));
      return;
    }
    values.addAll(
        Arrays.asList(actor.code(), actor.country(), actor.sector(), actor.org(), actor.text()));
  }

  /** As DuckDB's {@code strftime(date, '%Y-%m')}. */
  private static String month(@Nullable LocalDate date) {
    return date == null ? NO_DATE : YearMonth.from(date).toString();
  }
}
