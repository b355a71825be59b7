package io.steppe.store;

import static io.steppe.store.Fixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.model.SteppeException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What only the PostgreSQL store does: several writers at once, and no Parquet. */
class PostgresStoreTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 14);

  @RegisterExtension final FreshStore fresh = new FreshStore(Backend.POSTGRESQL);
  @TempDir Path dir;

  @Test
  void saveCoded_sameIdFromTwoWritersAtOnce_storesItOnceAndRefusesTheOther() throws Exception {
    try (EventStore other = fresh.location().open()) {
      List<EventStore> writers = List.of(fresh.store(), other);
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService threads = Executors.newFixedThreadPool(2);
      List<Future<String>> results = new ArrayList<>();
      for (EventStore writer : writers) {
        results.add(threads.submit(() -> save(writer, start)));
      }
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> result : results) {
        outcomes.add(result.get());
      }
      threads.shutdown();

      assertThat(outcomes).containsExactlyInAnyOrder("stored", "refused: already stored");
      assertThat(other.counts()).isEqualTo(new StoreCounts(1, 0, 2, 0, 0));
    }
  }

  private static String save(EventStore writer, CountDownLatch start) throws InterruptedException {
    start.await();
    try {
      writer.saveCoded(stored("doc-1", DAY), Fixtures.sentences(2), List.of());
      return "stored";
    } catch (SteppeException e) {
      return e.getMessage().contains("already stored") ? "refused: already stored" : e.getMessage();
    }
  }

  @Test
  void saveCoded_twoWritersOfDifferentDocuments_bothStore() {
    try (EventStore other = fresh.location().open()) {
      fresh.store().saveCoded(stored("doc-1", DAY), Fixtures.sentences(1), List.of());
      other.saveCoded(stored("doc-2", DAY), Fixtures.sentences(1), List.of());

      assertThat(fresh.store().counts().documents()).isEqualTo(2);
    }
  }

  @Test
  void exportParquet_saysToExportCsvInstead() {
    assertThatThrownBy(() -> fresh.store().exportParquet(EventQuery.all(), dir.resolve("out")))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("Parquet export needs a DuckDB store")
        .hasMessageContaining("--format csv");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
