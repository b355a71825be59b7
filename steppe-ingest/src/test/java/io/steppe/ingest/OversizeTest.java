package io.steppe.ingest;

import static io.steppe.ingest.TestFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 100 MB document is refused by the default limit without being read into memory. */
class OversizeTest {
  private static final long HUNDRED_MB = 100L * 1024 * 1024;
  private static final String LIMIT =
      "larger than the limit of 20 MB (20971520 bytes); raise it with steppe ingest"
          + " --max-document-mb";

  @TempDir Path temp;

  @Test
  void read_100MbTextFile_isRefusedNamingFileAndLimit() throws IOException {
    Path file = temp.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(HUNDRED_MB); // sparse: costs no disk, and the reader must not look inside
    }

    assertThat(read(file))
        .containsExactly(
            new IngestItem.Rejected(file.toString(), "file is " + HUNDRED_MB + " bytes, " + LIMIT));
  }

  @Test
  void read_100MbJsonLine_isRefusedAndTheNextLineStillRead() throws IOException {
    Path file = temp.resolve("huge.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] words = new byte[1024 * 1024];
      Arrays.fill(words, (byte) 'a');
      for (int i = 0; i < 100; i++) {
        out.write(words);
      }
      out.write(
          "\"}\n{\"id\": \"next\", \"text\": \"Turkey condemned the raid.\"}\n"
              .getBytes(StandardCharsets.UTF_8));
    }

    List<IngestItem> items = read(file);

    assertThat(items).hasSize(2);
    assertThat(items.get(0)).isEqualTo(new IngestItem.Rejected(file + ":1", "line is " + LIMIT));
    assertThat(((IngestItem.Accepted) items.get(1)).document().id()).isEqualTo("next");
  }

  @Test
  void withMaxDocumentMb_raisesTheLimit() {
    IngestOptions options = IngestOptions.defaults().withMaxDocumentMb(150);

    assertThat(options.maxFileBytes()).isEqualTo(150L * 1024 * 1024);
    assertThat(options.describeLimit()).isEqualTo("150 MB (157286400 bytes)");
  }
}
