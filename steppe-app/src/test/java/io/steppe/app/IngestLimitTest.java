package io.steppe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steppe ingest --max-document-mb}: the size limit is the user's to set. */
class IngestLimitTest {
  @TempDir Path dir;

  @Test
  void ingest_fileOverTheChosenLimit_isRejectedNamingTheLimitAndOption() throws IOException {
    Path file = dir.resolve("two-mb.txt");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(2L * 1024 * 1024);
    }

    Cli run = Cli.run("ingest", "--max-document-mb", "1", "--db", db(), file.toString());

    assertThat(run.exit()).isEqualTo(Steppe.EXIT_REJECTS);
    assertThat(run.err())
        .contains(
            "rejected "
                + file
                + ": file is 2097152 bytes, larger than the limit of 1 MB (1048576 bytes);"
                + " raise it with steppe ingest --max-document-mb\n");
  }

  @Test
  void ingest_nonPositiveLimit_failsWithTheOptionNamed() {
    Cli run = Cli.run("ingest", "--max-document-mb", "0", "--db", db(), dir.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("--max-document-mb must be a positive number of megabytes");
  }

  private String db() {
    return dir.resolve("store.duckdb").toString();
  }
}
