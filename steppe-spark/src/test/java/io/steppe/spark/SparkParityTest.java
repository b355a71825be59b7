package io.steppe.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.steppe.model.SteppeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test: Spark in local mode writes exactly the Parquet events that
 * single-machine {@code steppe ingest} and {@code steppe export --format parquet} write for the
 * same corpus, row by row and column by column.
 */
class SparkParityTest {
  private static final int PARTITIONS = 2;

  @TempDir static Path work;

  private static SparkSession session;

  @BeforeAll
  static void startSpark() {
    session =
        SparkSession.builder()
            .master("local[" + PARTITIONS + "]")
            .appName("steppe spark test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", Integer.toString(PARTITIONS))
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    session.stop();
  }

  @Test
  void sparkRun_writesTheSingleMachineExport() throws Exception {
    Path home = Path.of(System.getProperty("steppe.home", "..")).toAbsolutePath().normalize();
    Path classpath = SingleMachine.classpathFile(home);
    assumeTrue(
        Files.exists(classpath),
        "skipped: steppe-app is not built, no "
            + classpath
            + " (mvn verify from the root builds it first; or run mvn -pl steppe-app -am package)");
    Path corpus = SampleCorpus.write(home.resolve("samples"), work.resolve("docs.jsonl"));
    Path single = new SingleMachine(home, work).export(corpus, 3);
    Path spark = work.resolve("spark-parquet");

    JobReport report =
        CorpusJob.run(session, corpus.toUri().toString(), spark.toString(), PARTITIONS);

    assertThat(report.rejected()).isEqualTo(SampleCorpus.REJECTED);
    assertThat(report.duplicates()).isEqualTo(SampleCorpus.DUPLICATES);
    assertThat(ExecutorCoder.loads()).as("CoreNLP loaded once in this JVM").isEqualTo(1);
    ParquetFolder expected = new ParquetFolder(single);
    ParquetFolder actual = new ParquetFolder(spark);
    assertThat(actual.partitions()).isEqualTo(expected.partitions()).contains("month=NULL");
    assertThat(actual.columns()).isEqualTo(expected.columns());
    assertThat(actual.parquetTypes()).isEqualTo(expected.parquetTypes());
    List<List<Object>> expectedRows = expected.rows();
    List<List<Object>> actualRows = actual.rows();
    assertThat(expectedRows).hasSizeGreaterThan(100);
    assertThat(report.events()).isEqualTo(expectedRows.size());
    for (int i = 0; i < Math.min(expectedRows.size(), actualRows.size()); i++) {
      assertThat(actualRows.get(i)).as("row %d", i).isEqualTo(expectedRows.get(i));
    }
    assertThat(actualRows).hasSameSizeAs(expectedRows);
    System.out.printf(
        "compared %d events, %d columns each%n", expectedRows.size(), expectedRows.get(0).size());
  }

  @Test
  void run_existingOutputFolder_isRefused() throws Exception {
    Path in = Files.writeString(work.resolve("one.jsonl"), "{\"id\": \"a\", \"text\": \"Hi.\"}\n");
    Path out = Files.createDirectories(work.resolve("taken"));

    assertThatThrownBy(() -> CorpusJob.run(session, in.toString(), out.toString(), PARTITIONS))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("exists already");
  }

  @Test
  void run_missingInput_isRefusedNamingIt() throws Exception {
    Path present =
        Files.writeString(work.resolve("present.jsonl"), "{\"id\": \"a\", \"text\": \"Hi.\"}\n");
    String in = present + "," + work.resolve("absent.jsonl");

    assertThatThrownBy(() -> CorpusJob.run(session, in, work.resolve("x").toString(), PARTITIONS))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("no input at '" + work.resolve("absent.jsonl") + "'");
  }
}
