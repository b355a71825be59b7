package io.steppe.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.app.Steppe;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steppe serve --watch}: files dropped into the folder reach the served store. */
class FolderWatcherTest {
  @TempDir Path dir;

  @Test
  void watch_newFile_isIngestedIntoTheServedStore() throws IOException {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (EventStore store = Stores.open(dir.resolve("watched.duckdb").toString());
        FolderWatcher watcher =
            FolderWatcher.start(
                inbox,
                FolderWatcher.lazyIngester(store),
                new PrintStream(log, true, StandardCharsets.UTF_8),
                1)) {
      Files.copy(
          ServedCorpus.CORPUS.resolve("a-dushanbe-condemns.txt"),
          inbox.resolve("a-dushanbe-condemns.txt"));
      awaitTrue(() -> store.counts().documents() == 1);
      Files.copy(
          ServedCorpus.CORPUS.resolve("d-exact-copy.txt"), inbox.resolve("d-exact-copy.txt"));
      awaitTrue(() -> store.counts().duplicates() == 1);

      assertThat(store.document("a-dushanbe-condemns")).isPresent();
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("watch: 1 documents stored");
  }

  @Test
  void serve_portOutOfRange_isUsageError() {
    StringWriter err = new StringWriter();
    int exit =
        Steppe.run(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "serve",
            "--db",
            dir.resolve("unused.duckdb").toString(),
            "--port",
            "70000");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--port must be 0 to 65535, found 70000");
  }

  private static void awaitTrue(BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited 3 minutes for the watcher").isBefore(deadline);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
