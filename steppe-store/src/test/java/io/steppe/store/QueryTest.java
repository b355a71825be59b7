package io.steppe.store;

import static io.steppe.store.Fixtures.ACCUSE;
import static io.steppe.store.Fixtures.ASSAULT;
import static io.steppe.store.Fixtures.CONSULT;
import static io.steppe.store.Fixtures.IRN_GOV;
import static io.steppe.store.Fixtures.ISR_MIL;
import static io.steppe.store.Fixtures.TJK_GOV;
import static io.steppe.store.Fixtures.event;
import static io.steppe.store.Fixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.steppe.model.Modality;
import io.steppe.model.SteppeException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@ParameterizedClass
@EnumSource(Backend.class)
class QueryTest {
  private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
  private static final LocalDate JUNE_2 = LocalDate.of(2025, 6, 2);

  @RegisterExtension final FreshStore fresh;
  private EventStore store;

  QueryTest(Backend backend) {
    fresh = new FreshStore(backend);
  }

  @BeforeEach
  void fill() {
    store = fresh.store();
    store.saveCoded(
        stored("a", JUNE_1),
        Fixtures.sentences(3),
        List.of(
            event("a:0:0", "a", JUNE_1, TJK_GOV, ISR_MIL, ACCUSE),
            event("a:1:0", "a", JUNE_1, TJK_GOV, ISR_MIL, ASSAULT),
            event("a:2:0", "a", JUNE_1, TJK_GOV, ISR_MIL, ACCUSE, Modality.NEGATED)));
    store.saveCoded(
        stored("b", JUNE_2),
        Fixtures.sentences(1),
        List.of(
            event("b:0:0", "b", JUNE_2, IRN_GOV, TJK_GOV, CONSULT),
            event("b:0:1", "b", JUNE_2, IRN_GOV, null, CONSULT)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "INSERT INTO documents (id, text, content_hash) VALUES ('x', 't', 'h')",
        "DELETE FROM events",
        "DROP TABLE events",
        "UPDATE events SET goldstein = 0",
        "COPY events TO 'events.csv'",
        "CREATE TABLE t AS SELECT 1",
        "SET threads = 1",
        "CHECKPOINT",
        "  /* comment */ delete from events",
        "-- a comment\n  (SELECT 1) ; /* two */ UPDATE events SET goldstein = 0",
      })
  void query_writingStatement_isRefusedAndChangesNothing(String sql) {
    assertRefused(sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ATTACH 'other.duckdb' AS other", "PRAGMA table_info('events')"})
  void query_duckDbWritingStatement_isRefusedAndChangesNothing(String sql) {
    assumeTrue(fresh.backend() == Backend.DUCKDB, "DuckDB's own statements");
    assertRefused(sql);
  }

  private void assertRefused(String sql) {
    assertThatThrownBy(() -> store.query(sql))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("query refused")
        .hasMessageContaining("only read-only statements");
    assertThat(store.counts()).isEqualTo(new StoreCounts(2, 0, 4, 5, 4));
    assertThat(Path.of("events.csv")).doesNotExist();
  }

  @Test
  void query_writeInsideARead_failsAndChangesNothing() {
    assertThatThrownBy(
            () -> store.query("WITH gone AS (DELETE FROM events RETURNING 1) SELECT * FROM gone"))
        .isInstanceOf(SteppeException.class);
    assertThat(store.counts()).isEqualTo(new StoreCounts(2, 0, 4, 5, 4));
  }

  @Test
  void query_refusedStatement_namesIt() {
    assertThatThrownBy(() -> store.query("delete from events"))
        .hasMessageContaining("DELETE is not allowed");
  }

  @Test
  void query_readFollowedByWrite_isRefused() {
    assertThatThrownBy(() -> store.query("SELECT 1; DROP TABLE events"))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("query refused");
    assertThatThrownBy(() -> store.query("SELECT 1; SELECT 2"))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("exactly one SQL statement, found 2");
    assertThat(store.counts().events()).isEqualTo(5);
  }

  @Test
  void query_syntaxError_saysSo() {
    assertThatThrownBy(() -> store.query("SELEC 1"))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("invalid SQL")
        .hasMessageContaining("SELEC");
  }

  @Test
  void query_unknownTable_reportsTheDatabaseError() {
    assertThatThrownBy(() -> store.query("SELECT * FROM nothing_here"))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("query failed")
        .hasMessageContaining("nothing_here");
  }

  @Test
  void query_assertedEvents_holdsOnlyAssertedOnes() {
    QueryResult result = store.query("SELECT event_id FROM asserted_events ORDER BY event_id");
    assertThat(result.columns()).containsExactly("event_id");
    assertThat(result.rows())
        .containsExactly(List.of("a:0:0"), List.of("a:1:0"), List.of("b:0:0"), List.of("b:0:1"));
  }

  @Test
  void query_dyads_aggregatesAssertedEventsWithBothCountries() {
    QueryResult result =
        store.query(
            "SELECT source_country, target_country, events, goldstein_sum, goldstein_mean,"
                + " verbal_cooperation, material_cooperation, verbal_conflict, material_conflict"
                + " FROM dyads ORDER BY source_country");
    assertThat(result.rows())
        .containsExactly(
            List.of("IRN", "TJK", "1", "1.0", "1.0", "1", "0", "0", "0"),
            List.of("TJK", "ISR", "2", "-12.0", "-6.0", "0", "0", "1", "1"));
  }

  @Test
  void query_dailyCounts_countsAssertedEventsPerDayAndRoot() {
    QueryResult result = store.query("SELECT * FROM daily_counts ORDER BY date, cameo_root");
    assertThat(result.columns()).containsExactly("date", "cameo_root", "events");
    assertThat(result.rows())
        .containsExactly(
            List.of("2025-06-01", "11", "1"),
            List.of("2025-06-01", "19", "1"),
            List.of("2025-06-02", "04", "2"));
  }

  @Test
  void query_documentsSummary_countsSentencesAndEvents() {
    QueryResult result =
        store.query(
            "WITH s AS (SELECT * FROM documents_summary)"
                + " SELECT doc_id, date, source, sentences, events, asserted_events FROM s"
                + " ORDER BY doc_id");
    assertThat(result.rows())
        .containsExactly(
            List.of("a", "2025-06-01", "IESS", "3", "3", "2"),
            List.of("b", "2025-06-02", "IESS", "1", "2", "2"));
  }

  @Test
  void query_explain_isAllowed() {
    assertThat(store.query("EXPLAIN SELECT count(*) FROM events").rows()).isNotEmpty();
    assertThat(store.query("/* plan */ EXPLAIN SELECT 1").rows()).isNotEmpty();
  }

  @Test
  void query_duckDbShowDescribeAndFrom_areAllowed() {
    assumeTrue(fresh.backend() == Backend.DUCKDB, "DuckDB's own statements");
    assertThat(store.query("SHOW TABLES").rows()).isNotEmpty();
    assertThat(store.query("DESCRIBE events").rows()).hasSize(34);
    assertThat(store.query("FROM daily_counts").rows()).hasSize(3);
  }

  @Test
  void query_postgresShowAndTable_areAllowed() {
    assumeTrue(fresh.backend() == Backend.POSTGRESQL, "PostgreSQL's own statements");
    assertThat(store.query("SHOW search_path").rows()).hasSize(1);
    assertThat(store.query("TABLE daily_counts").rows()).hasSize(3);
    assertThat(store.query("EXPLAIN (COSTS OFF) SELECT 1").rows()).isNotEmpty();
    assertThat(store.query("EXPLAIN VERBOSE TABLE events").rows()).isNotEmpty();
    assertThat(store.query("SELECT ';' AS \"a;b\", $x$ ; $x$ -- ;").rows())
        .containsExactly(List.of(";", " ; "));
  }

  @Test
  void query_nullValue_isNullAndShownAsNull() {
    QueryResult result = store.query("SELECT target_code FROM events WHERE event_id = 'b:0:1'");
    assertThat(result.rows().get(0)).containsExactly((String) null);
    assertThat(result.formatTable()).contains("NULL");
  }

  @Test
  void query_afterSaveCoded_seesTheNewDocument() {
    store.saveCoded(stored("c", JUNE_2), List.of(), List.of());
    assertThat(store.query("SELECT count(*) FROM documents").rows()).containsExactly(List.of("3"));
  }
}
