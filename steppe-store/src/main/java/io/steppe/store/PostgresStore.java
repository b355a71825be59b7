package io.steppe.store;

import io.steppe.model.Event;
import io.steppe.model.SteppeException;
import io.steppe.model.text.ParsedSentence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * An event store in a PostgreSQL database (in the schema PgJDBC's {@code currentSchema} names, else
 * the first of the user's search path).
 *
 * <p>Several processes may write to one store at once: each document is stored in its own
 * transaction, which first takes a transaction-scoped advisory lock on the document id, so two
 * writers of the same id are serialised and the second is refused as "already stored", as on
 * DuckDB. Near-duplicate detection, though, only knows the documents stored before an ingest
 * started.
 */
final class PostgresStore extends JdbcStore {

  private static final String LOCK_ID = "SELECT pg_advisory_xact_lock(hashtext(?))";

  private final PostgresLocation location;

  private PostgresStore(Connection connection, PostgresLocation location, Clock clock) {
    super(connection, location.name(), clock, Dialect.POSTGRESQL);
    this.location = location;
  }

  /** Connects and applies pending migrations. */
  static PostgresStore open(PostgresLocation location, Clock clock) {
    Connection connection = connect(location);
    migrate(connection, Dialect.POSTGRESQL, location.name(), clock);
    return new PostgresStore(connection, location, clock);
  }

  private static Connection connect(PostgresLocation location) {
    try {
      return DriverManager.getConnection(location.jdbcUrl(), location.properties());
    } catch (SQLException e) {
      throw new SteppeException(
          "cannot open store "
              + location.name()
              + ": "
              + e.getMessage()
              + "; check that the server runs and that the URL's user (password in the URL or"
              + " PGPASSWORD) may use that database",
          e);
    }
  }

  @Override
  void writeRows(String documentId, List<ParsedSentence> sentences, List<Event> events)
      throws SQLException {
    PostgresWriter.writeSentences(connection, documentId, sentences);
    PostgresWriter.writeEvents(connection, events);
  }

  @Override
  void lockId(String documentId) throws SQLException {
    Sql.select(connection, LOCK_ID, List.of(documentId), row -> row.getObject(1));
  }

  /** Runs on a connection of its own, so nothing the query does outlives it. */
  @Override
  public synchronized QueryResult query(String sql) {
    Objects.requireNonNull(sql, "sql");
    try (Connection reader = connect(location)) {
      return ReadOnlySql.run(reader, sql, PostgresSqlCheck::check);
    } catch (SQLException e) {
      throw Sql.failure("query failed on store " + name, e);
    }
  }

  @Override
  public synchronized void exportCsv(EventQuery query, Path file) {
    try {
      PostgresCopy.toCsv(connection, query, file);
    } catch (SQLException e) {
      throw Sql.failure("cannot export events of store " + name + " to CSV file " + file, e);
    }
  }

  @Override
  public void exportParquet(EventQuery query, Path directory) {
    throw new SteppeException(
        "Parquet export needs a DuckDB store, and "
            + name
            + " is a PostgreSQL store: export CSV (--format csv) instead, or copy the events"
            + " into a DuckDB file first");
  }
}
