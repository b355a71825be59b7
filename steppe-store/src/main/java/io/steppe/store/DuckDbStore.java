package io.steppe.store;

import io.steppe.model.Event;
import io.steppe.model.text.ParsedSentence;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.duckdb.DuckDBConnection;

/**
 * An event store in a DuckDB file. DuckDB lets one process at a time open a file for writing: a
 * second process gets a {@link StoreInUseException}.
 */
final class DuckDbStore extends JdbcStore {

  /** How DuckDB reports that another process holds the file (checked with duckdb_jdbc 1.4.4). */
  private static final String LOCK_CONFLICT = "Could not set lock on file";

  private final DuckDBConnection duckdb;

  private DuckDbStore(DuckDBConnection connection, String name, Clock clock) {
    super(connection, name, clock, Dialect.DUCKDB);
    this.duckdb = connection;
  }

  /**
   * Connects and applies pending migrations.
   *
   * @param url the DuckDB JDBC URL
   * @param name how messages name the store (its file path)
   * @param clock gives ingestion and migration times
   */
  static DuckDbStore open(String url, String name, Clock clock) {
    DuckDBConnection connection = connect(url, name);
    migrate(connection, Dialect.DUCKDB, name, clock);
    return new DuckDbStore(connection, name, clock);
  }

  private static DuckDBConnection connect(String url, String name) {
    try {
      return DriverManager.getConnection(url).unwrap(DuckDBConnection.class);
    } catch (SQLException e) {
      String message = Objects.requireNonNullElse(e.getMessage(), "");
      if (message.contains(LOCK_CONFLICT)) {
        throw new StoreInUseException(name, e);
      }
      throw Sql.failure("cannot open store " + name, e);
    }
  }

  @Override
  public synchronized void shareCores(boolean share) {
    try (Statement statement = duckdb.createStatement()) {
      // Measured on 2 cores: the pipeline ran at 0.80 of annotation alone with DuckDB's own
      // threads, 0.87 with one.
      statement.execute(share ? "SET threads = 1" : "RESET threads");
    } catch (SQLException e) {
      throw Sql.failure("cannot set the threads of store " + name, e);
    }
  }

  @Override
  void writeAll(List<NewDocument> documents) throws SQLException {
    EventWriter.writeSentences(duckdb, documents);
    EventWriter.writeEvents(duckdb, documents.stream().flatMap(d -> d.events().stream()).toList());
  }

  @Override
  void writeRows(String documentId, List<ParsedSentence> sentences, List<Event> events)
      throws SQLException {
    EventWriter.writeSentences(duckdb, documentId, sentences);
    EventWriter.writeEvents(duckdb, events);
  }

  @Override
  public synchronized QueryResult query(String sql) {
    Objects.requireNonNull(sql, "sql");
    try (DuckDBConnection reader = duckdb.duplicate()) {
      return ReadOnlySql.run(reader, sql, DuckDbSqlCheck::check);
    } catch (SQLException e) {
      throw Sql.failure("query failed on store " + name, e);
    }
  }

  @Override
  public synchronized void exportCsv(EventQuery query, Path file) {
    try {
      EventCopy.toCsv(connection, query, file);
    } catch (SQLException e) {
      throw Sql.failure("cannot export events of store " + name + " to CSV file " + file, e);
    }
  }

  @Override
  public synchronized void exportParquet(EventQuery query, Path directory) {
    try {
      EventCopy.toParquet(connection, query, directory);
    } catch (SQLException e) {
      throw Sql.failure("cannot export events of store " + name + " to Parquet in " + directory, e);
    }
  }
}
