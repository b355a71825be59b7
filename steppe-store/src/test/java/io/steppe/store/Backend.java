package io.steppe.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * The databases the store tests run on. DuckDB always; PostgreSQL when the environment variable
 * STEPPE_TEST_POSTGRES holds a {@code postgresql://} URL of a database the user may create schemas
 * in (.ci/run sets one up), else its tests are skipped with a message saying so.
 */
public enum Backend {
  DUCKDB,
  POSTGRESQL;

  /** The variable that names the test database. */
  public static final String POSTGRES_VARIABLE = "STEPPE_TEST_POSTGRES";

  /**
   * A new, empty store location for one test: a DuckDB file in a new folder, or a new schema of the
   * test database. Close it to delete the folder or drop the schema.
   */
  public TestLocation create() {
    return this == DUCKDB ? duckDb() : postgres();
  }

  private static TestLocation duckDb() {
    try {
      Path dir = Files.createTempDirectory("steppe-store-test");
      Path file = dir.resolve("steppe.duckdb");
      return new TestLocation(
          file.toString(),
          () -> DriverManager.getConnection("jdbc:duckdb:" + file),
          () -> TestLocation.deleteTree(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a folder for a test store", e);
    }
  }

  private static TestLocation postgres() {
    String url = System.getenv(POSTGRES_VARIABLE);
    assumeTrue(
        url != null && !url.isBlank(),
        POSTGRES_VARIABLE
            + " is not set: PostgreSQL variant skipped (set it to a postgresql:// URL, as .ci/run"
            + " does, to run the store tests on PostgreSQL too)");
    String schema =
        "steppe_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    PostgresLocation server = PostgresLocation.parse(url, System.getenv("PGPASSWORD"));
    execute(server, "CREATE SCHEMA " + schema);
    String location = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    PostgresLocation store = PostgresLocation.parse(location, System.getenv("PGPASSWORD"));
    return new TestLocation(
        location,
        () -> DriverManager.getConnection(store.jdbcUrl(), store.properties()),
        () -> execute(server, "DROP SCHEMA " + schema + " CASCADE"));
  }

  private static void execute(PostgresLocation server, String sql) {
    try (Connection connection =
            DriverManager.getConnection(server.jdbcUrl(), server.properties());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot run '" + sql + "' on the test database " + server.name() + ": " + e.getMessage(),
          e);
    }
  }

  /** The information_schema name of the schema a test store's tables are in. */
  public @Nullable String schemaOf(String location) {
    if (this == DUCKDB) {
      return "main";
    }
    int at = location.lastIndexOf("currentSchema=");
    return at < 0 ? null : location.substring(at + "currentSchema=".length());
  }
}
