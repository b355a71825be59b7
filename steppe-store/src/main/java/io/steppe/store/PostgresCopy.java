package io.steppe.store;

import io.steppe.model.SteppeException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * Writes the events a query selects to a CSV file with PostgreSQL's {@code COPY ... TO STDOUT},
 * streamed to a file on this machine (a {@code COPY ... TO 'file'} would write on the server's).
 *
 * <p>COPY takes no bound parameters, and the filter values must stay bound: so the selected events
 * are first inserted, with bound values, into a temporary table that lives as long as the
 * transaction, and COPY reads that table.
 */
final class PostgresCopy {

  private static final String EXPORT_TABLE =
      "CREATE TEMPORARY TABLE steppe_export ON COMMIT DROP AS SELECT * FROM events WITH NO DATA";

  private static final String COPY =
      "COPY (SELECT * FROM steppe_export ORDER BY date, doc_id, sentence_index, event_id)"
          + " TO STDOUT (FORMAT csv, HEADER)";

  private PostgresCopy() {}

  /** Writes the selected events, every column, to a CSV file with a header. */
  static void toCsv(Connection connection, EventQuery query, Path file) throws SQLException {
    EventFilter filter = EventFilter.of(query, Dialect.POSTGRESQL);
    Sql.inTransaction(
        connection,
        () -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute(EXPORT_TABLE);
          }
          String insert =
              "INSERT INTO steppe_export SELECT * FROM events WHERE " + EventCopy.selected(filter);
          Sql.update(connection, insert, filter.parameters());
          copyOut(connection, file);
        });
  }

  private static void copyOut(Connection connection, Path file) throws SQLException {
    try (Writer out = Files.newBufferedWriter(file)) {
      connection.unwrap(PGConnection.class).getCopyAPI().copyOut(COPY, out);
    } catch (IOException e) {
      throw new SteppeException("cannot write CSV file " + file + ": " + e.getMessage(), e);
    }
  }
}
