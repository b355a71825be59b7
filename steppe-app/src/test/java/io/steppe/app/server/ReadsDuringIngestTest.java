package io.steppe.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.app.KillableIngest;
import io.steppe.app.Steppe;
import io.steppe.app.SyntheticCorpus;
import io.steppe.app.TemplateAnnotator;
import io.steppe.app.pipeline.Engine;
import io.steppe.app.pipeline.Ingester;
import io.steppe.model.Document;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.nlp.Annotator;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server answers while {@code serve --watch} ingests into its store, and a second process that
 * tries to ingest into that store is told it is in use.
 */
class ReadsDuringIngestTest {
  private static final int DOCUMENTS = 120;
  private static final int PAUSE_AT = 40;

  @TempDir Path dir;

  @Test
  void reads_duringWatchIngest_allAnswer_andSecondIngestIsRefused() throws Exception {
    Path inbox = SyntheticCorpus.write(dir.resolve("inbox"), DOCUMENTS);
    Path db = dir.resolve("served.duckdb");
    Gate gate = new Gate(PAUSE_AT);
    Engine engine = KillableIngest.engine(gate);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<Long> seen = new ArrayList<>();
    try (EventStore store = Stores.open(db.toString());
        SteppeServer server = SteppeServer.start(store, "127.0.0.1", 0);
        FolderWatcher watcher =
            FolderWatcher.start(
                inbox,
                new Ingester(store, () -> engine),
                new PrintStream(log, true, StandardCharsets.UTF_8),
                1)) {
      Http http = new Http(server.port());
      assertThat(gate.reached.await(3, TimeUnit.MINUTES)).as("the ingest got going").isTrue();
      seen.add(documents(http));
      assertThat(http.get("/api/events?limit=20").status()).isEqualTo(200);
      Refusal second = secondIngest(db, inbox);
      gate.release.countDown();
      while (!log.toString(StandardCharsets.UTF_8).contains("watch: ")) {
        seen.add(documents(http));
      }
      seen.add(documents(http));

      assertThat(second.exit()).as(second.output()).isEqualTo(1);
      assertThat(second.output())
          .contains(
              "steppe: store "
                  + db
                  + " is in use by another steppe process (ingest or serve);"
                  + " wait for it or use --db to choose another store");
      long stored = store.counts().documents();
      assertThat(seen.get(0)).as("read while paused mid-ingest").isLessThan(stored);
      assertThat(seen).isSorted();
      assertThat(seen.get(seen.size() - 1)).isEqualTo(stored);
    }
  }

  private static long documents(Http http) {
    Http.Answer stats = http.get("/api/stats");
    assertThat(stats.status()).as(stats.body()).isEqualTo(200);
    return stats.json().get("documents").asLong();
  }

  private record Refusal(int exit, String output) {}

  private Refusal secondIngest(Path db, Path folder) throws IOException, InterruptedException {
    Path output = dir.resolve("second.log");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Steppe.class.getName(),
                "ingest",
                "--db",
                db.toString(),
                folder.toString())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("second ingest ended").isTrue();
    return new Refusal(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
  }

  /** Holds the ingest at one document until the test has read the store and tried a second one. */
  private static final class Gate implements Annotator {
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private final Annotator annotator = new TemplateAnnotator();
    private final AtomicInteger calls = new AtomicInteger();
    private final int at;

    Gate(int at) {
      this.at = at;
    }

    @Override
    public AnnotatedDocument annotate(Document document) {
      if (calls.incrementAndGet() == at) {
        reached.countDown();
        try {
          release.await(3, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return annotator.annotate(document);
    }

    @Override
    public String describe() {
      return "template annotator that pauses at document " + at;
    }
  }
}
