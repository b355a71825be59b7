package io.steppe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code steppe ingest} with SIGKILL at random moments, runs it again each time, and checks
 * that the store ends with exactly the documents, duplicates and events of a clean run.
 */
class ResumeAfterKillTest {
  private static final int KILLS = 4;
  private static final String SNAPSHOT =
      "SELECT (SELECT string_agg(id, ',' ORDER BY id) FROM documents) AS docs, "
          + "(SELECT string_agg(doc_id || '>' || original_id, ',' ORDER BY doc_id) FROM duplicates) AS dups, "
          + "(SELECT string_agg(event_id || ' ' || cameo || ' ' || coalesce(source_code, '') || ' ' || coalesce(target_code, ''), ',' ORDER BY event_id) FROM events) AS events, "
          + "(SELECT count(*) FROM sentences) AS sentences";

  @TempDir Path dir;

  @Test
  void ingest_killedAndResumed_endsEqualToCleanRun() throws Exception {
    Path clean = dir.resolve("clean.duckdb");
    assertThat(Cli.run("ingest", "--db", clean.toString(), CliTest.CORPUS.toString()).exit())
        .isZero();
    Path killed = dir.resolve("killed.duckdb");
    Random random = new Random(42);
    for (int kill = 0; kill < KILLS; kill++) {
      Process process = start(killed);
      boolean finished = process.waitFor(2_000 + random.nextInt(10_000), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.destroyForcibly().waitFor();
      }
    }
    Process last = start(killed);
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).isZero();
    assertThat(snapshot(killed)).isEqualTo(snapshot(clean));
  }

  private Process start(Path db) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Steppe.class.getName());
    command.addAll(List.of("ingest", "--db", db.toString(), CliTest.CORPUS.toString()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
  }

  private static String snapshot(Path db) {
    Cli result = Cli.run("sql", "--db", db.toString(), SNAPSHOT);
    assertThat(result.exit()).as(result.err()).isZero();
    return result.out();
  }

  static boolean exists(Path path) {
    return Files.exists(path);
  }
}
