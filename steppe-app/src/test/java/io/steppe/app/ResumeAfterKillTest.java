package io.steppe.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest with SIGKILL at random moments, 50 times, and checks that after each series of
 * kills one uninterrupted run leaves exactly the documents, duplicates, sentences, events and
 * claims of a clean run. The child JVMs run the real ingester, coder and store over {@link
 * TemplateAnnotator}, which starts in a second where CoreNLP takes many.
 */
class ResumeAfterKillTest {
  private static final int SERIES = 5;
  private static final int KILLS_PER_SERIES = 10;
  private static final int DOCUMENTS = 240;

  /** Every table with the columns a run determines (not the time it ran), in a stable order. */
  private static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("documents", "SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY id");
    TABLES.put("duplicates", "SELECT * EXCLUDE (ingested_at) FROM duplicates ORDER BY doc_id");
    TABLES.put("sentences", "SELECT * FROM sentences ORDER BY doc_id, sentence_index");
    TABLES.put("events", "SELECT * FROM events ORDER BY event_id");
    TABLES.put("claims", "SELECT * FROM claims ORDER BY claim_id");
  }

  @TempDir Path dir;

  @Test
  void ingest_killedFiftyTimesAndResumed_endsEqualToCleanRun() throws Exception {
    Path corpus = SyntheticCorpus.write(dir.resolve("corpus"), DOCUMENTS);
    Child clean = Child.start(dir.resolve("clean.duckdb"), corpus, dir.resolve("clean.log"));
    long openMillis = clean.awaitOpen();
    clean.awaitExit();
    long writeMillis = clean.reportedMillis();
    Map<String, List<List<String>>> expected = snapshot(dir.resolve("clean.duckdb"));
    assertThat(expected.get("events")).as("the clean run codes events").hasSizeGreaterThan(100);
    assertThat(expected.get("duplicates")).as("the clean run links duplicates").isNotEmpty();

    Random random = new Random(20_250_613);
    int midRun = 0;
    for (int series = 0; series < SERIES; series++) {
      Path db = dir.resolve("killed-" + series + ".duckdb");
      for (int kill = 0; kill < KILLS_PER_SERIES; kill++) {
        Child child = Child.start(db, corpus, dir.resolve("child-" + series + "-" + kill + ".log"));
        if (kill == 0) {
          // Some kills land while the JVM starts and DuckDB opens (and replays its log).
          child.killAfter(random.nextInt((int) openMillis + 1));
        } else {
          child.awaitOpen();
          // Spread over the run: ten such kills together cover about the time a clean run writes.
          child.killAfter(random.nextInt((int) Math.max(1, writeMillis * 16 / 100)));
        }
        midRun += child.wasMidRun() ? 1 : 0;
      }
      Child last = Child.start(db, corpus, dir.resolve("last-" + series + ".log"));
      last.awaitExit();
      assertThat(snapshot(db)).as("series %d after its kills", series).isEqualTo(expected);
    }
    System.out.printf(
        "kill test: %d kills, %d after the store opened and before the run ended;"
            + " clean run: %d ms to open, %d ms to write %d events%n",
        SERIES * KILLS_PER_SERIES, midRun, openMillis, writeMillis, expected.get("events").size());
    assertThat(midRun)
        .as("kills that landed after the store opened and before the run ended")
        .isGreaterThanOrEqualTo(SERIES * KILLS_PER_SERIES * 6 / 10);
  }

  private static Map<String, List<List<String>>> snapshot(Path db) {
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    try (EventStore store = Stores.open(db.toString())) {
      TABLES.forEach((table, sql) -> tables.put(table, copy(store.query(sql).rows())));
    }
    return tables;
  }

  private static List<List<String>> copy(List<? extends List<? extends String>> rows) {
    List<List<String>> copies = new ArrayList<>();
    rows.forEach(row -> copies.add(new ArrayList<>(row)));
    return copies;
  }

  /** One {@link KillableIngest} JVM and its log. */
  private record Child(Process process, Path log, long started) {
    static Child start(Path db, Path corpus, Path log) throws IOException {
      // DuckDB copies its 55 MB native library into the temp directory on every start and deletes
      // it only on a clean exit: fifty killed children's copies must not pile up in /tmp.
      Path tmp = Files.createDirectories(db.resolveSibling("tmp"));
      List<String> command =
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Djava.io.tmpdir=" + tmp,
              "-XX:TieredStopAtLevel=1",
              "-XX:+UseSerialGC",
              "-Xmx512m",
              "-cp",
              System.getProperty("java.class.path"),
              KillableIngest.class.getName(),
              db.toString(),
              corpus.toString());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new Child(process, log, System.nanoTime());
    }

    /** Waits for the store to open; returns the milliseconds since the start. */
    long awaitOpen() throws IOException, InterruptedException {
      while (!text().contains("open")) {
        assertThat(process.isAlive() || text().contains("open"))
            .as("child ended before opening the store: %s", text())
            .isTrue();
        Thread.sleep(2);
      }
      return (System.nanoTime() - started) / 1_000_000;
    }

    void awaitExit() throws IOException, InterruptedException {
      assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("child ended").isTrue();
      assertThat(process.exitValue()).as(text()).isZero();
    }

    void killAfter(long millis) throws InterruptedException {
      process.waitFor(millis, TimeUnit.MILLISECONDS);
      process.destroyForcibly().waitFor();
    }

    boolean wasMidRun() throws IOException {
      String text = text();
      return text.contains("open") && !text.contains("done");
    }

    long reportedMillis() throws IOException {
      String text = text();
      int at = text.indexOf("done in ");
      assertThat(at).as(text).isNotNegative();
      return Long.parseLong(text.substring(at + 8, text.indexOf(" ms", at)));
    }

    String text() throws IOException {
      return Files.readString(log, StandardCharsets.UTF_8);
    }
  }
}
