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

  private static final String DYAD_TOTALS =
      "SELECT source, target, period, quad_class, plover, count(*) AS events,"
          + " sum(goldstein) AS goldstein FROM dyad_rows GROUP BY 1, 2, 3, 4, 5"
          + " ORDER BY 1, 2, 3, 4, 5";

  private static final String DYAD_STRONGEST =
      "SELECT event_id FROM (SELECT event_id, row_number() OVER (PARTITION BY period, source,"
          + " target ORDER BY abs(goldstein) DESC, event_id) AS rank_in_period FROM dyad_rows)"
          + " AS ranked WHERE rank_in_period <= ?";

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

  /**
   * Totals and evidence from one read ({@link DyadScan}): the matching rows go to a temporary table
   * that both read. On 100 million events the two scans of {@link #periodTotals} and {@link
   * #strongest} took 2.9 s.
   */
  @Override
  public synchronized DyadRows dyad(
      EventQuery query, String period, String a, String b, int perPeriod) {
    EventFilter rows =
        DyadScan.rows(query, TotalRows.checkedPeriod(period), new EventFilter.Pair(a, b));
    try {
      Sql.update(
          duckdb, "CREATE OR REPLACE TEMP TABLE dyad_rows AS " + rows.sql(), rows.parameters());
      try {
        List<PeriodTotal> totals =
            Sql.select(duckdb, DYAD_TOTALS, List.of(), TotalRows::periodTotal);
        List<String> ids =
            Sql.select(duckdb, DYAD_STRONGEST, List.of(perPeriod), row -> row.getString(1));
        return new DyadRows(totals, eventsWithIds(ids));
      } finally {
        Sql.update(duckdb, "DROP TABLE IF EXISTS dyad_rows", List.of());
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read the dyad " + a + "-" + b + " from store " + name, e);
    }
  }

  @Override
  public synchronized List<Event> eventsOfAny(List<EventQuery> queries) {
    if (queries.isEmpty() || queries.stream().anyMatch(query -> query.limit() > 0)) {
      return super.eventsOfAny(queries);
    }
    EventFilter filter = EventFilter.anyOf(queries, Dialect.DUCKDB);
    try {
      return Sql.select(duckdb, filter.sql(), filter.parameters(), EventReader::read);
    } catch (SQLException e) {
      throw Sql.failure("cannot read events from store " + name, e);
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
