package io.steppe.store;

import io.steppe.model.Actor;
import io.steppe.model.CameoCode;
import io.steppe.model.Event;
import io.steppe.model.Location;
import io.steppe.model.text.ParsedSentence;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * Bulk-writes sentences and events with DuckDB appenders, inside the caller's transaction.
 *
 * <p>Why appenders are safe here (checked against duckdb_jdbc 1.4.4, see TransactionTest and
 * EventStoreRoundTripTest): rows appended while the connection is in a transaction are committed
 * and rolled back with it. Two pitfalls are avoided:
 *
 * <ul>
 *   <li>{@code close()} does not report a failure of its final flush (e.g. a repeated event id),
 *       and {@code commit()} then silently ends the aborted transaction as a rollback. So every
 *       appender is flushed explicitly before it is closed: {@code flush()} does throw, and the
 *       caller rolls back.
 *   <li>The appender's default Java-side writing of short ("inlined", 12 bytes or less) strings
 *       leaves stale bytes after the string in reused buffers. DuckDB compares inlined strings byte
 *       for byte, so after a few documents CHECK constraints failed on valid values ({@code
 *       modality = 'asserted'}). {@code setWriteInlinedStrings(false)} writes every string through
 *       DuckDB's own C function instead.
 * </ul>
 *
 * <p>Appenders write columns by position: the order below is the column order of V1__init.sql.
 */
final class EventWriter {

  private EventWriter() {}

  /** Appends the document's sentences. */
  static void writeSentences(
      DuckDBConnection connection, String documentId, List<ParsedSentence> sentences)
      throws SQLException {
    try (DuckDBAppender appender = appender(connection, "sentences")) {
      for (ParsedSentence sentence : sentences) {
        appender.beginRow().append(documentId).append(sentence.index()).append(sentence.text());
        appender.append(sentence.begin()).endRow();
      }
      appender.flush();
    }
  }

  /** Appends the events. */
  static void writeEvents(DuckDBConnection connection, List<Event> events) throws SQLException {
    try (DuckDBAppender appender = appender(connection, "events")) {
      for (Event event : events) {
        appendEvent(appender, event);
      }
      appender.flush();
    }
  }

  private static DuckDBAppender appender(DuckDBConnection connection, String table)
      throws SQLException {
    DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    appender.setWriteInlinedStrings(false);
    return appender;
  }

  private static void appendEvent(DuckDBAppender appender, Event event) throws SQLException {
    appender.beginRow();
    appender.append(event.eventId()).append(event.docId()).append(event.sentenceIndex());
    appender.append(event.sentence()).append(event.span().start()).append(event.span().end());
    appendDate(appender, event.date());
    appendActor(appender, event.source());
    appendActor(appender, event.target());
    CameoCode code = event.code();
    appender.append(code.code()).append(code.root()).append(code.name());
    appender.append(code.plover()).append(code.ploverMode());
    appender.append(code.quadClass()).append(code.goldstein());
    appender.append(event.modality().word());
    appendActor(appender, event.attribution());
    appendLocation(appender, event.location());
    appender.append(event.confidence()).append(event.why());
    appender.endRow();
  }

  private static void appendActor(DuckDBAppender appender, @Nullable Actor actor)
      throws SQLException {
    if (actor == null) {
      for (int i = 0; i < 5; i++) {
        appender.appendNull();
      }
      return;
    }
    appender.append(actor.code());
    appendText(appender, actor.country());
    appendText(appender, actor.sector());
    appendText(appender, actor.org());
    appender.append(actor.text());
  }

  private static void appendLocation(DuckDBAppender appender, @Nullable Location location)
      throws SQLException {
    if (location == null) {
      appender.appendNull().appendNull();
      return;
    }
    appender.append(location.name());
    appendText(appender, location.country());
  }

  private static void appendText(DuckDBAppender appender, @Nullable String text)
      throws SQLException {
    if (text == null) {
      appender.appendNull();
    } else {
      appender.append(text);
    }
  }

  private static void appendDate(DuckDBAppender appender, @Nullable LocalDate date)
      throws SQLException {
    if (date == null) {
      appender.appendNull();
    } else {
      appender.append(date);
    }
  }
}
