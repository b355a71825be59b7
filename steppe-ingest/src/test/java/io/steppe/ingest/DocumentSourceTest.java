package io.steppe.ingest;

import static io.steppe.ingest.TestFiles.read;
import static io.steppe.ingest.TestFiles.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.model.SteppeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSourceTest {
  @TempDir Path temp;

  @Test
  void read_directory_readsRecursivelyInSortedNameOrder() throws IOException {
    write("b.txt", "Second.");
    write("a.txt", "First.");
    write("sub/c.md", "Third.");
    write("sub/a.jsonl", "{\"id\": \"jsonl-1\", \"text\": \"In a subdirectory.\"}");
    write("z.txt", "Last.");

    List<String> origins = read(temp).stream().map(IngestItem::origin).toList();

    assertThat(origins)
        .containsExactly(
            temp.resolve("a.txt").toString(),
            temp.resolve("b.txt").toString(),
            temp.resolve("sub/a.jsonl") + ":1",
            temp.resolve("sub/c.md").toString(),
            temp.resolve("z.txt").toString());
  }

  @Test
  void read_sameInputsTwice_givesTheSameItemsInTheSameOrder() throws IOException {
    for (String name : List.of("q.txt", "c.txt", "x/y.txt", "m.txt", "a.html")) {
      write(name, "<p>Document " + name + ".</p>");
    }

    assertThat(read(temp)).isEqualTo(read(temp)).hasSize(5);
  }

  @Test
  void read_pathsGiven_keepsTheirOrder() throws IOException {
    Path second = write("b.txt", "Named first.");
    Path first = write("a.txt", "Named second.");

    assertThat(read(second, first))
        .extracting(IngestItem::origin)
        .containsExactly(second.toString(), first.toString());
  }

  @Test
  void read_hiddenFilesAndDirectories_areSkippedSilently() throws IOException {
    write(".DS_Store", "junk");
    write(".notes.txt", "Private notes.");
    write(".git/config", "[core]");
    write("visible.txt", "Visible.");

    assertThat(read(temp))
        .extracting(IngestItem::origin)
        .containsExactly(temp.resolve("visible.txt").toString());
  }

  @Test
  void read_unsupportedExtension_isRejectedNamingTheExpectedTypes() throws IOException {
    Path file = write("report.pdf", "%PDF-1.7");

    assertThat(rejected(file))
        .isEqualTo(
            new IngestItem.Rejected(
                file.toString(),
                "unsupported file type .pdf (expected .txt, .md, .html, .jsonl, .xml/.rss/.atom)"));
  }

  @Test
  void read_fileWithoutExtension_isRejectedUnlessItLooksLikeXml() throws IOException {
    Path file = write("README", "Just text.");

    assertThat(rejected(file).reason()).startsWith("unsupported file type (no extension)");
  }

  @Test
  void read_binaryFile_isRejected() throws IOException {
    Path file = temp.resolve("image.txt");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

    assertThat(rejected(file).reason()).startsWith("binary file (NUL byte at byte offset 4");
  }

  @Test
  void read_shortFileNotUtf8AndUndetectable_isRejectedNamingTheByteOffset() throws IOException {
    Path file = temp.resolve("mixed.txt");
    // Three Latin-1 letters in nine bytes: too little for the detector to be sure.
    Files.write(file, "Caf\u00e9 x \u00e9\u00e8".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(rejected(file).reason())
        .isEqualTo(
            "not valid UTF-8: invalid byte sequence at byte offset 3; the encoding could not be"
                + " detected with confidence (best guess UTF-16LE at 10, needs 30 of 100):"
                + " convert the file to UTF-8");
  }

  @Test
  void read_fileLargerThanTheLimit_isRejectedNamingTheLimit() throws IOException {
    Path file = write("big.html", "<p>" + "word ".repeat(100) + "</p>");

    List<IngestItem> items =
        DocumentSource.read(List.of(file), new IngestOptions(200, false)).toList();

    assertThat(items)
        .containsExactly(
            new IngestItem.Rejected(
                file.toString(),
                "file is 507 bytes, larger than the limit of 200 bytes;"
                    + " raise it with steppe ingest --max-document-mb"));
  }

  @Test
  void read_whitespaceOnlyFile_isRejectedAsEmpty() throws IOException {
    Path file = write("blank.txt", " \n\t\n ");

    assertThat(rejected(file))
        .isEqualTo(new IngestItem.Rejected(file.toString(), "empty document"));
  }

  @Test
  void read_missingPath_isRejected() {
    Path missing = temp.resolve("missing.txt");

    assertThat(rejected(missing))
        .isEqualTo(new IngestItem.Rejected(missing.toString(), "no such file or directory"));
  }

  @Test
  void read_isLazy_filesAreListedAndOpenedWhenReached() throws IOException {
    Stream<IngestItem> items = DocumentSource.read(List.of(temp));
    write("late.txt", "Written after the stream was created.");

    assertThat(items).hasSize(1);
  }

  @Test
  void ingestOptions_nonPositiveLimit_isRefused() {
    assertThatThrownBy(() -> new IngestOptions(0, true))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("maxFileBytes");
    assertThat(IngestOptions.defaults().maxFileBytes()).isEqualTo(20L * 1024 * 1024);
  }

  private Path write(String name, String content) throws IOException {
    Path file = temp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
