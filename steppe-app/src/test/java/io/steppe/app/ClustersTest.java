package io.steppe.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.analytics.EventCluster;
import io.steppe.analytics.ReactionQuery;
import io.steppe.analytics.ReactionRow;
import io.steppe.analytics.Reactions;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three outlets report Tajikistan's condemnation in their own words; a fourth reprints one of them.
 * The reaction table counts one happening with three reports from three outlets.
 */
class ClustersTest {
  @TempDir Path dir;

  @Test
  void threeReportsAndACopy_giveOneClusterOfThreeReportsFromThreeOutlets() {
    String db = dir.resolve("clusters.duckdb").toString();
    Cli ingest = Cli.run("ingest", "--db", db, "src/test/resources/clusters");
    assertThat(ingest.out()).contains("3 documents stored, 1 duplicates linked");
    try (EventStore store = Stores.open(db)) {
      List<EventCluster> clusters = clustersOf(store);
      assertThat(clusters).hasSize(1);
      assertThat(clusters.get(0).reports()).hasSize(3);
      assertThat(clusters.get(0).outlets()).isEqualTo(3);
      ReactionQuery query =
          new ReactionQuery(
              List.of("TJK"), List.of("ISR"), LocalDate.of(2025, 6, 13), LocalDate.of(2025, 6, 30));
      ReactionRow row = new Reactions(store).compute(query).get(0);
      assertThat(row.quadCounts()).containsExactly(0, 0, 1, 0);
      assertThat(row.evidence()).hasSize(3);
    }
  }

  private static List<EventCluster> clustersOf(EventStore store) {
    EventQuery condemnations = EventQuery.all().withSource("TJK").withTarget("ISR").withRoot("11");
    return io.steppe.analytics.EventClusters.forStore(store).cluster(store.events(condemnations));
  }
}
