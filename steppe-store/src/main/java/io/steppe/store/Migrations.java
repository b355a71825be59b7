package io.steppe.store;

import io.steppe.model.SteppeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates and upgrades the store schema with the versioned scripts in {@code
 * io/steppe/store/migrations}: {@code V<version>__<name>.sql}, applied in version order, each
 * recorded in {@code schema_version}. A script written in SQL both databases understand lies in
 * {@code migrations/}; where the dialects differ, each has its own script of the same name in
 * {@code migrations/duckdb/} and {@code migrations/postgresql/}, which is taken first. Released
 * scripts are never edited; a change is a new script.
 */
final class Migrations {

  /** Every migration script, oldest first. Add new scripts at the end. */
  static final List<String> SCRIPTS =
      List.of("V1__init.sql", "V2__views.sql", "V3__claims.sql", "V4__annotations.sql");

  private static final Pattern SCRIPT_NAME = Pattern.compile("V(\\d+)__\\w+\\.sql");

  private static final String VERSION_TABLE =
      "CREATE TABLE IF NOT EXISTS schema_version ("
          + "version INTEGER PRIMARY KEY, applied_at TIMESTAMP)";

  private Migrations() {}

  /** The schema version this code creates and understands. */
  static int latestVersion() {
    return version(SCRIPTS.get(SCRIPTS.size() - 1));
  }

  /**
   * Applies the pending migrations in one transaction: all of them or, on failure, none.
   *
   * @throws SteppeException when the store has a newer schema than this code knows
   */
  static synchronized void apply(Connection connection, Dialect dialect, String store, Clock clock)
      throws SQLException {
    Sql.inTransaction(
        connection,
        () -> {
          try (Statement statement = connection.createStatement()) {
            if (!dialect.migrationLock().isEmpty()) {
              statement.execute(dialect.migrationLock());
            }
            statement.execute(VERSION_TABLE);
          }
          int current = currentVersion(connection);
          requireKnown(current, store);
          for (String script : SCRIPTS) {
            if (version(script) > current) {
              applyScript(connection, dialect, script, clock);
            }
          }
        });
  }

  /** The highest applied version, 0 for a new store. */
  static int currentVersion(Connection connection) throws SQLException {
    return Sql.select(
            connection,
            "SELECT coalesce(max(version), 0) FROM schema_version",
            List.of(),
            row -> row.getInt(1))
        .get(0);
  }

  private static void requireKnown(int current, String store) {
    int latest = latestVersion();
    if (current > latest) {
      throw new SteppeException(
          "store "
              + store
              + " has schema version "
              + current
              + ", but this Steppe knows versions up to "
              + latest
              + ": it was written by a newer Steppe; upgrade Steppe or use --db to choose"
              + " another store");
    }
  }

  private static void applyScript(
      Connection connection, Dialect dialect, String script, Clock clock) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(read(dialect, script));
    } catch (SQLException e) {
      throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
    }
    Sql.update(
        connection,
        "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
        Arrays.asList(version(script), LocalDateTime.now(clock)));
  }

  /** The dialect's own version of the script if it has one, else the shared script. */
  static String read(Dialect dialect, String script) {
    String own = "migrations/" + dialect.name() + "/" + script;
    String path = Migrations.class.getResource(own) != null ? own : "migrations/" + script;
    try (InputStream in = Migrations.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new SteppeException(
            "migration script "
                + script
                + " is missing from the jar: neither "
                + own
                + " nor "
                + path
                + " is there");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration script " + path, e);
    }
  }

  static int version(String script) {
    Matcher matcher = SCRIPT_NAME.matcher(script);
    if (!matcher.matches()) {
      throw new IllegalStateException("migration script name is not V<n>__<name>.sql: " + script);
    }
    return Integer.parseInt(matcher.group(1));
  }
}
