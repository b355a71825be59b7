package io.steppe.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.store.Backend;
import io.steppe.store.DyadTotal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every analysis on a small hand-built store whose answers are known, on each store backend. */
@ParameterizedClass
@EnumSource(Backend.class)
class AnalysesTest {
  private final Backend backend;
  private final List<HandBuiltStore> built = new ArrayList<>();
  HandBuiltStore hand;

  AnalysesTest(Backend backend) {
    this.backend = backend;
  }

  /** The store, closed and deleted after the test. */
  private HandBuiltStore tracked(HandBuiltStore store) {
    built.add(store);
    return store;
  }

  @BeforeEach
  void build() {
    hand =
        tracked(new HandBuiltStore(backend))
            .document(
                "a",
                "Wire A",
                "2025-06-13",
                "TJKGOV>ISR:111",
                "UZB>?:0256",
                "KGZ>ISR:111:negated",
                "ISR>IRN:190")
            .document("b", "Wire B", "2025-06-14", "TJK>ISR:111", "KAZ>ISR:012")
            .document("c", "Wire C", "2025-06-15", "TJK>ISRGOV:112")
            .document("d", "Wire D", "2025-07-20", "KAZ>ISR:042", "ISR>KAZ:051")
            .document("e", "Wire E", "2025-11-10", "KAZ>ISR:057", "IRNGOV>KAZ:111")
            .claim("k", "2025-07-20", "Knyazev", "KAZ", "ISR");
  }

  @AfterEach
  void close() {
    built.forEach(HandBuiltStore::close);
  }

  private List<ReactionRow> reactions(boolean reports) {
    ReactionQuery query =
        new ReactionQuery(
            List.of("KAZ", "KGZ", "TJK", "TKM", "UZB"),
            List.of("ISR", "USA"),
            LocalDate.of(2025, 6, 13),
            LocalDate.of(2025, 7, 31),
            reports);
    return new Reactions(hand.store()).compute(query);
  }

  @Test
  void reactions_centralAsia_givesStrongestStancePerActor() {
    List<ReactionRow> rows = reactions(false);
    assertThat(rows)
        .extracting(ReactionRow::actor)
        .containsExactly("KAZ", "KGZ", "TJK", "TKM", "UZB");
    assertThat(rows)
        .extracting(r -> r.stance())
        .containsExactly(
            Stance.EXPRESSED_CONCERN,
            Stance.NO_STATEMENT,
            Stance.CONDEMNED,
            Stance.NO_STATEMENT,
            Stance.APPEALED_FOR_RESTRAINT);
    assertThat(rows.get(1).denied()).extracting(e -> e.cameo()).containsExactly("111");
    assertThat(rows.get(2).evidence()).hasSize(3);
  }

  @Test
  void reactions_countClustersByDefault_andReportsOnRequest() {
    // TJK's three condemnations within three days are one happening, reported three times.
    assertThat(reactions(false).get(2).quadCounts()).containsExactly(0, 0, 1, 0);
    assertThat(reactions(true).get(2).quadCounts()).containsExactly(0, 0, 3, 0);
  }

  @Test
  void clusters_sameHappeningFromThreeOutlets_isOneClusterWithThreeSources() {
    EventClusters clusters = new EventClusters(3, hand.store());
    List<EventCluster> tjk =
        clusters.cluster(hand.store().events(io.steppe.store.EventQuery.all().withSource("TJK")));
    assertThat(tjk).hasSize(1);
    assertThat(tjk.get(0).reports()).hasSize(3);
    assertThat(tjk.get(0).documents()).isEqualTo(3);
    assertThat(tjk.get(0).outlets()).isEqualTo(3);
  }

  @Test
  void dyadSeries_byMonth_givesBothDirectionsWithGoldstein() {
    List<DyadPeriod> rows =
        new DyadSeries(hand.store())
            .compute(new DyadQuery("KAZ", "ISR", Period.MONTH, null, null, true));
    assertThat(rows)
        .extracting(DyadPeriod::toString)
        .containsExactly(
            "2025-06-01 KAZ>ISR 1 events, Goldstein -0.4",
            "2025-07-01 ISR>KAZ 1 events, Goldstein 3.4",
            "2025-07-01 KAZ>ISR 1 events, Goldstein 1.9",
            "2025-11-01 KAZ>ISR 1 events, Goldstein 8.0");
    assertThat(rows.get(0).perDocument()).isEqualTo(1.0 / 3);
  }

  @Test
  void claims_aboutKazakhstan_listLaterEvents() {
    List<ClaimCheck> checks = new Claims(hand.store()).about("KAZ", 5);
    assertThat(checks).hasSize(1);
    assertThat(checks.get(0).claim().speaker().text()).isEqualTo("Knyazev");
    assertThat(checks.get(0).later()).extracting(e -> e.cameo()).containsExactly("057", "111");
  }

  @Test
  void alignment_kazakhstan_leansTowardIsraelAgainstIran() {
    AlignmentQuery query =
        new AlignmentQuery(List.of("KAZ"), List.of("ISR"), List.of("IRN"), Period.YEAR, null, null);
    List<AlignmentScore> scores = new Alignment(hand.store()).scores(query);
    // 2025 with ISR: 012 -0.4, 042 1.9, 051 3.4, 057 8.0 -> mean 3.225; with IRN: 111 -2.0.
    assertThat(scores)
        .containsExactly(new AlignmentScore("KAZ", LocalDate.of(2025, 1, 1), 2.61, 4, 1));
  }

  @Test
  void blocs_cooperatorsTogether_adversariesApart() {
    HandBuiltStore blocs =
        tracked(new HandBuiltStore(backend))
            .document(
                "x1", "W", "2025-01-01", "USA>ISR:057", "ISR>USA:057", "USA>KAZ:042", "KAZ>USA:051")
            .document(
                "x2",
                "W",
                "2025-01-02",
                "IRN>RUS:057",
                "RUS>IRN:057",
                "USA>IRN:190",
                "ISR>IRN:190",
                "IRN>ISR:190")
            .document("x3", "W", "2025-01-03", "RUS>USA:111", "KAZ>ISR:051");
    List<List<String>> split = new Blocs(blocs.store()).split(null, null, 1, "USA");
    assertThat(split).containsExactly(List.of("ISR", "KAZ", "USA"), List.of("IRN", "RUS"));
  }

  @Test
  void dyads_busiest_rankByCount() {
    List<DyadTotal> busiest = new Dyads(hand.store()).busiest(2);
    assertThat(busiest)
        .extracting(d -> d.source() + ">" + d.target() + " " + d.events())
        .containsExactly("KAZ>ISR 3", "TJK>ISR 3");
    assertThat(busiest.get(0).goldstein())
        .isCloseTo(9.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(busiest.get(1).goldstein())
        .isCloseTo(-6.0, org.assertj.core.data.Offset.offset(1e-9));
  }
}
