package io.steppe.store;

import io.steppe.model.Event;
import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.TokenCodec;
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
 * <p>Appenders write columns by position: {@link EventRow} gives the values in table order.
 */
final class EventWriter {

  private EventWriter() {}

  /** Appends the document's sentences. */
  static void writeSentences(
      DuckDBConnection connection, String documentId, List<ParsedSentence> sentences)
      throws SQLException {
    try (DuckDBAppender appender = appender(connection, "sentences")) {
      appendSentences(appender, documentId, sentences);
      appender.flush();
    }
  }

  /** Appends the sentences of several documents through one appender. */
  static void writeSentences(DuckDBConnection connection, List<NewDocument> documents)
      throws SQLException {
    try (DuckDBAppender appender = appender(connection, "sentences")) {
      for (NewDocument document : documents) {
        appendSentences(appender, document.id(), document.sentences());
      }
      appender.flush();
    }
  }

  private static void appendSentences(
      DuckDBAppender appender, String documentId, List<ParsedSentence> sentences)
      throws SQLException {
    for (ParsedSentence sentence : sentences) {
      appender.beginRow().append(documentId).append(sentence.index()).append(sentence.text());
      appender.append(sentence.begin()).append(TokenCodec.encode(sentence.tokens())).endRow();
    }
  }

  /** Appends the events. */
  static void writeEvents(DuckDBConnection connection, List<Event> events) throws SQLException {
    try (DuckDBAppender appender = appender(connection, "events")) {
      for (Event event : events) {
        appender.beginRow();
        for (Object value : EventRow.values(event)) {
          append(appender, value);
        }
        appender.endRow();
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

  /** Appends one of the value types {@link EventRow#values} gives. */
  private static void append(DuckDBAppender appender, @Nullable Object value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else if (value instanceof String text) {
      appender.append(text);
    } else if (value instanceof Integer number) {
      appender.append(number.intValue());
    } else if (value instanceof Double number) {
      appender.append(number.doubleValue());
    } else if (value instanceof LocalDate date) {
      appender.append(date);
    } else {
      throw new IllegalArgumentException(
          "no appender for a " + value.getClass().getName() + " in an event row");
    }
  }
}
