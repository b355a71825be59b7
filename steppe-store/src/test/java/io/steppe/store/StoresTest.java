package io.steppe.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.model.SteppeException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoresTest {
  @TempDir Path dir;

  @Test
  void open_pathInMissingDirectories_createsThem() {
    Path file = dir.resolve("a/b/steppe.duckdb");
    try (EventStore store = Stores.open(file.toString())) {
      assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 0));
    }
    assertThat(file).exists();
  }

  @Test
  void open_postgresqlUrlNoServerAnswers_namesTheStoreWithoutItsPassword() {
    assertThatThrownBy(() -> Stores.open("postgresql://steppe:secret@127.0.0.1:1/steppe"))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("cannot open store postgresql://steppe@127.0.0.1:1/steppe")
        .hasMessageContaining("check that the server runs")
        .hasMessageNotContaining("secret");
  }

  @Test
  void open_postgresqlUrlWithoutDatabase_saysWhatIsExpected() {
    assertThatThrownBy(() -> Stores.open("postgresql://steppe@localhost"))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("names no database")
        .hasMessageContaining("postgresql://user[:password]@host[:port]/database");
  }

  @Test
  void open_blankLocation_isRefused() {
    assertThatThrownBy(() -> Stores.open(" "))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void open_inMemory_worksAndKeepsNothing() {
    try (EventStore store = Stores.open(Stores.IN_MEMORY)) {
      store.saveCoded(Fixtures.stored("doc-1", LocalDate.of(2025, 1, 1)), List.of(), List.of());
      assertThat(store.contains("doc-1")).isTrue();
      assertThat(store.query("SELECT count(*) FROM documents").rows())
          .containsExactly(List.of("1"));
    }
    try (EventStore store = Stores.open(Stores.IN_MEMORY)) {
      assertThat(store.contains("doc-1")).isFalse();
    }
  }

  @Test
  void open_fileThatIsNotADatabase_failsClearly() throws Exception {
    Path file = dir.resolve("notes.txt");
    java.nio.file.Files.writeString(file, "these are not the droids you are looking for");

    assertThatThrownBy(() -> Stores.open(file.toString()))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("cannot open store " + file);
  }
}
