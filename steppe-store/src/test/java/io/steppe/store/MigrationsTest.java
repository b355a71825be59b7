package io.steppe.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.model.SteppeException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class MigrationsTest {
  @RegisterExtension final FreshStore fresh;
  private final Dialect dialect;

  MigrationsTest(Backend backend) {
    fresh = FreshStore.unopened(backend);
    dialect = backend == Backend.DUCKDB ? Dialect.DUCKDB : Dialect.POSTGRESQL;
  }

  private EventStore open() {
    return fresh.location().open();
  }

  private void sql(String... statements) throws SQLException {
    try (Connection connection = fresh.location().connection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  @Test
  void open_newStore_appliesEveryMigrationInOrder() {
    try (EventStore store = open()) {
      QueryResult versions = store.query("SELECT version FROM schema_version ORDER BY version");
      assertThat(versions.rows())
          .containsExactly(List.of("1"), List.of("2"), List.of("3"), List.of("4"));
      assertThat(Migrations.latestVersion()).isEqualTo(4);
    }
  }

  @Test
  void open_newStore_createsTablesAndViews() {
    try (EventStore store = open()) {
      QueryResult tables =
          store.query(
              "SELECT table_name FROM information_schema.tables"
                  + " WHERE table_schema = current_schema() ORDER BY table_name");
      assertThat(tables.rows().stream().map(row -> row.get(0)))
          .containsExactly(
              "asserted_events",
              "claims",
              "daily_counts",
              "documents",
              "documents_summary",
              "duplicates",
              "dyads",
              "events",
              "schema_version",
              "sentences");
    }
  }

  @Test
  void open_newStore_eventsHaveTheColumnsEventRowWrites() {
    try (EventStore store = open()) {
      QueryResult columns =
          store.query(
              "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'"
                  + " AND table_schema = current_schema() ORDER BY ordinal_position");
      assertThat(columns.rows().stream().map(row -> row.get(0)))
          .containsExactlyElementsOf(EventRow.COLUMNS);
    }
  }

  @Test
  void reopen_appliesNothingAgain() {
    String firstApplied;
    try (EventStore store = open()) {
      firstApplied = store.query("SELECT max(applied_at) FROM schema_version").rows().get(0).get(0);
    }
    try (EventStore store = open()) {
      QueryResult result = store.query("SELECT count(*), max(applied_at) FROM schema_version");
      assertThat(result.rows())
          .containsExactly(List.of(String.valueOf(Migrations.SCRIPTS.size()), firstApplied));
    }
  }

  @Test
  void open_storeAtVersion1_appliesTheLaterVersions() throws SQLException {
    sql(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)",
        Migrations.read(dialect, "V1__init.sql"),
        "INSERT INTO schema_version VALUES (1, TIMESTAMP '2025-01-01 00:00:00')");

    try (EventStore store = open()) {
      QueryResult versions =
          store.query(
              "SELECT version, CAST(applied_at AS VARCHAR) FROM schema_version ORDER BY version");
      assertThat(versions.rows()).hasSize(4);
      assertThat(versions.rows().get(0)).containsExactly("1", "2025-01-01 00:00:00");
      assertThat(store.query("SELECT count(*) FROM dyads").rows()).containsExactly(List.of("0"));
    }
  }

  @Test
  void open_storeOfNewerSteppe_isRefusedClearly() throws SQLException {
    open().close();
    sql("INSERT INTO schema_version VALUES (99, TIMESTAMP '2030-01-01 00:00:00')");

    assertThatThrownBy(this::open)
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("schema version 99")
        .hasMessageContaining("knows versions up to 4");
  }

  @Test
  void migrationScripts_areNumberedOneUpWithoutGaps() {
    for (int i = 0; i < Migrations.SCRIPTS.size(); i++) {
      assertThat(Migrations.version(Migrations.SCRIPTS.get(i))).isEqualTo(i + 1);
      assertThat(Migrations.read(dialect, Migrations.SCRIPTS.get(i))).isNotBlank();
    }
  }

  @Test
  void migrationScripts_ownToADialect_overrideTheSharedOnes() {
    assertThat(Migrations.read(dialect, "V1__init.sql"))
        .contains(dialect == Dialect.DUCKDB ? "BLOB" : "BYTEA");
    assertThat(Migrations.read(dialect, "V2__views.sql")).contains("CREATE VIEW dyads");
  }
}
