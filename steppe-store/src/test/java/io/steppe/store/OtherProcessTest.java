package io.steppe.store;

import static io.steppe.store.StoreProcess.SENTENCES_PER_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one process sees of a store another process uses: real JVMs, real DuckDB files. */
class OtherProcessTest {
  @TempDir Path dir;

  @Test
  void open_fileHeldByAnotherProcess_saysItIsInUse() throws Exception {
    Path file = dir.resolve("steppe.duckdb");
    try (StoreProcess holder = StoreProcess.start("hold", file)) {
      assertThat(holder.nextLine()).isEqualTo("ready");

      assertThatThrownBy(() -> Stores.open(file.toString()))
          .isInstanceOf(StoreInUseException.class)
          .hasMessage(
              "store "
                  + file
                  + " is in use by another steppe process (ingest or serve);"
                  + " wait for it or use --db to choose another store");
    }
    try (EventStore store = Stores.open(file.toString())) {
      assertThat(store.counts().documents()).isZero();
    }
  }

  @Test
  void saveCoded_processKilledMidway_leavesOnlyWholeDocuments() throws Exception {
    Path file = dir.resolve("steppe.duckdb");
    int committed = 0;
    try (StoreProcess writer = StoreProcess.start("write", file)) {
      while (committed < 25 && writer.nextLine() != null) {
        committed++;
      }
      writer.kill();
    }
    assertThat(committed).isEqualTo(25);

    try (EventStore store = Stores.open(file.toString())) {
      StoreCounts counts = store.counts();
      assertThat(counts.documents()).isGreaterThanOrEqualTo(committed);
      assertThat(counts.sentences()).isEqualTo(counts.documents() * SENTENCES_PER_DOCUMENT);
      assertThat(counts.events()).isEqualTo(counts.documents() * SENTENCES_PER_DOCUMENT);
      QueryResult partial =
          store.query("SELECT doc_id FROM documents_summary WHERE sentences <> 3 OR events <> 3");
      assertThat(partial.rows()).isEqualTo(List.of());
    }
  }
}
