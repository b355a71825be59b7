package io.steppe.store;

import io.steppe.model.SteppeException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes the events a query selects from a DuckDB store to a CSV file or a month-partitioned
 * Parquet folder with DuckDB's {@code COPY}, so every column of the {@code events} table is
 * exported as stored.
 *
 * <p>The filter values are bound parameters, as everywhere in the store. The target path cannot be:
 * DuckDB's {@code COPY ... TO} takes its target only as a literal in the statement text. So the
 * path is made absolute, refused when it holds a quote, backslash or control character, and written
 * as a single-quoted literal; nothing the user typed can then end the literal.
 */
final class EventCopy {

  private static final String ORDER = " ORDER BY date, doc_id, sentence_index, event_id";

  private EventCopy() {}

  /** Writes the selected events, every column, to a CSV file with a header. */
  static void toCsv(Connection connection, EventQuery query, Path file) throws SQLException {
    EventFilter filter = EventFilter.of(query, Dialect.DUCKDB);
    String select = "SELECT * FROM events WHERE " + selected(filter) + ORDER;
    copy(connection, filter, select, literal(file) + " (FORMAT CSV, HEADER)");
  }

  /**
   * Writes the selected events, every column plus {@code month} (YYYY-MM), to Parquet files in one
   * folder per month ({@code month=2025-06/}); undated events go to {@code month=NULL/}.
   */
  static void toParquet(Connection connection, EventQuery query, Path directory)
      throws SQLException {
    EventFilter filter = EventFilter.of(query, Dialect.DUCKDB);
    String select =
        "SELECT *, strftime(date, '%Y-%m') AS month FROM events WHERE " + selected(filter) + ORDER;
    copy(
        connection, filter, select, literal(directory) + " (FORMAT PARQUET, PARTITION_BY (month))");
  }

  /** The query's own SELECT decides which events; the export then takes all their columns. */
  static String selected(EventFilter filter) {
    return "event_id IN (SELECT event_id FROM (" + filter.sql() + ") AS chosen)";
  }

  private static void copy(Connection connection, EventFilter filter, String select, String to)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("COPY (" + select + ") TO " + to)) {
      Sql.bind(statement, filter.parameters());
      statement.execute();
    }
  }

  /**
   * The path as a SQL string literal.
   *
   * @throws SteppeException when the path is not valid or holds a character a literal must not
   */
  static String literal(Path path) {
    String text;
    try {
      text = path.toAbsolutePath().normalize().toString();
    } catch (InvalidPathException e) {
      throw new SteppeException("export path is not a valid path: " + path, e);
    }
    for (int i = 0; i < text.length(); i++) {
      char character = text.charAt(i);
      if (character == '\'' || character == '"' || character == '\\' || character < ' ') {
        throw new SteppeException(
            "export path must not contain quotes, backslashes or control characters, found "
                + path);
      }
    }
    return "'" + text + "'";
  }
}
