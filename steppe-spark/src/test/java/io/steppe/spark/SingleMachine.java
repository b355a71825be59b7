package io.steppe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The single-machine path, run for real: {@code steppe ingest} then {@code steppe export --format
 * parquet}, in a child JVM with steppe-app's classpath, as the launcher runs them. Spark and
 * steppe-app cannot share a classpath, so this is the only honest way to run both in one test.
 */
final class SingleMachine {
  private static final List<String> MODULES =
      List.of("model", "nlp", "actors", "ingest", "coder", "store", "analytics", "app");

  /**
   * Far longer than ingesting the samples takes: only there so that a hung child cannot hang the
   * build.
   */
  private static final long PATIENCE_MINUTES = 30;

  private final Path home;
  private final Path work;

  SingleMachine(Path home, Path work) {
    this.home = home;
    this.work = work;
  }

  /** The launcher's classpath file, which the steppe-app build writes. */
  static Path classpathFile(Path home) {
    return home.resolve("steppe-app/target/classpath.txt");
  }

  /** Ingests the corpus into a new store and exports its events; returns the Parquet folder. */
  Path export(Path corpus, int ingestExitCode) throws IOException, InterruptedException {
    Path store = work.resolve("single.duckdb");
    Path out = work.resolve("single-parquet");
    run(ingestExitCode, "ingest", "--db", store.toString(), corpus.toString());
    run(0, "export", "--db", store.toString(), "--format", "parquet", "--out", out.toString());
    return out;
  }

  private void run(int expectedExitCode, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx3g", "-Dsteppe.home=" + home, "-cp", classpath()));
    command.add("io.steppe.app.Steppe");
    command.addAll(List.of(arguments));
    Path log = work.resolve(arguments[0] + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean ended = process.waitFor(PATIENCE_MINUTES, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(ended).as("steppe %s still running; output:%n%s", arguments[0], output).isTrue();
    assertThat(process.exitValue())
        .as("exit code of steppe %s; output:%n%s", arguments[0], output)
        .isEqualTo(expectedExitCode);
  }

  private String classpath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String module : MODULES) {
      entries.add(home.resolve("steppe-" + module + "/target/classes").toString());
    }
    entries.add(Files.readString(classpathFile(home), StandardCharsets.UTF_8).strip());
    return String.join(File.pathSeparator, entries);
  }
}
