package io.steppe.ingest;

import static io.steppe.ingest.TestFiles.read;
import static io.steppe.ingest.TestFiles.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesFormatTest {
  private static final String VALID = "{\"id\": \"ok\", \"text\": \"Astana hosted talks.\"}";

  @TempDir Path temp;

  @Test
  void read_jsonlWithInvalidLine_rejectsThatLineOnly() {
    Path file = resource("jsonl/docs.jsonl");

    List<IngestItem> items = read(file);

    assertThat(items)
        .containsExactly(
            new IngestItem.Accepted(
                new Document(
                    "doc-1",
                    LocalDate.of(2025, 6, 14),
                    "Tajikistan condemns strikes",
                    "IESS",
                    "https://example.org/a",
                    "Tajikistan's foreign ministry condemned the strikes."),
                file + ":1"),
            new IngestItem.Rejected(
                file + ":3",
                "invalid JSON at column 25: Unexpected end-of-input within/between Object entries"),
            new IngestItem.Accepted(
                new Document("doc-3", null, null, null, null, "Kazakhstan urged dialogue."),
                file + ":4"),
            new IngestItem.Rejected(file + ":5", "duplicate id \"doc-1\" (first used on line 1)"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"text\": \"No id.\"}                      | missing required field \"id\"",
        "{\"id\": \"x\"}                             | missing required field \"text\"",
        "{\"id\": \"  \", \"text\": \"Blank id.\"}   | field \"id\" is blank",
        "{\"id\": \"x\", \"text\": \" \\t \"}        | field \"text\" is blank",
        "{\"id\": 7, \"text\": \"Numeric id.\"}      | field \"id\" must be a string, found number",
        "{\"id\": \"x\", \"text\": \"t\", \"date\": 20250614} | field \"date\" must be a string, found number",
        "{\"id\": \"x\", \"text\": [\"t\"]}           | field \"text\" must be a string, found array",
        "[\"id\", \"text\"]                          | expected a JSON object, found array",
        "{\"id\": \"ok\", \"text\": \"Again.\"}       | duplicate id \"ok\" (first used on line 1)"
      })
  void read_jsonlLineBreakingTheContract_isRejectedWithReason(String line, String reason)
      throws IOException {
    Path file = write(VALID + "\n" + line + "\n");

    List<IngestItem> items = read(file);

    assertThat(items).hasSize(2);
    assertThat(items.get(0)).isInstanceOf(IngestItem.Accepted.class);
    assertThat(items.get(1)).isEqualTo(new IngestItem.Rejected(file + ":2", reason));
  }

  @Test
  void read_jsonlWithRepeatedKeyOrTrailingText_rejectsLine() throws IOException {
    Path file =
        write(
            "{\"id\": \"a\", \"id\": \"b\", \"text\": \"t\"}\n{\"id\": \"c\", \"text\": \"t\"} x\n");

    List<IngestItem> items = read(file);

    assertThat(items).allSatisfy(item -> assertThat(item).isInstanceOf(IngestItem.Rejected.class));
    assertThat(((IngestItem.Rejected) items.get(0)).reason()).contains("Duplicate field 'id'");
    assertThat(((IngestItem.Rejected) items.get(1)).reason()).startsWith("invalid JSON at column");
  }

  @Test
  void read_jsonlWithInvalidUtf8_rejectsThatLineNamingTheFileOffset() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((VALID + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"id\": \"b\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9); // Latin-1 "é"
    bytes.writeBytes("\"}\r\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"id\": \"c\", \"text\": \"Fine.\"}".getBytes(StandardCharsets.UTF_8));
    Path file = temp.resolve("latin1.jsonl");
    Files.write(file, bytes.toByteArray());
    long badOffset = VALID.length() + 1 + "{\"id\": \"b\", \"text\": \"caf".length();

    List<IngestItem> items = read(file);

    assertThat(items).hasSize(3);
    assertThat(items.get(1))
        .isEqualTo(
            new IngestItem.Rejected(
                file + ":2",
                "not valid UTF-8: invalid byte sequence at byte offset "
                    + badOffset
                    + " (JSON Lines must be UTF-8: convert the file)"));
    assertThat(((IngestItem.Accepted) items.get(2)).document().id()).isEqualTo("c");
  }

  @Test
  void read_jsonlLineOverTheLimit_rejectsThatLineOnly() throws IOException {
    String longLine = "{\"id\": \"long\", \"text\": \"" + "a".repeat(200) + "\"}";
    Path file = write(VALID + "\n" + longLine + "\n" + VALID.replace("ok", "ok2"));

    List<IngestItem> items =
        DocumentSource.read(List.of(file), new IngestOptions(100, false)).toList();

    assertThat(items).hasSize(3);
    assertThat(items.get(1))
        .isEqualTo(
            new IngestItem.Rejected(
                file + ":2",
                "line is larger than the limit of 100 bytes;"
                    + " raise it with steppe ingest --max-document-mb"));
  }

  @Test
  void read_jsonlWithWindowsLineEndingsAndBom_readsEveryLine() throws IOException {
    Path file = write("\uFEFF" + VALID + "\r\n\r\n" + VALID.replace("ok", "ok2") + "\r\n");

    assertThat(read(file))
        .extracting(item -> ((IngestItem.Accepted) item).document().id())
        .containsExactly("ok", "ok2");
  }

  @Test
  void read_jsonlWithUnparseableDate_keepsDocumentWithoutDate() throws IOException {
    Path file = write("{\"id\": \"d\", \"text\": \"t\", \"date\": \"2025-02-30\"}");

    assertThat(TestFiles.single(file).date()).isNull();
  }

  @Test
  void read_emptyJsonl_isRejected() throws IOException {
    Path file = write("\n  \n");

    assertThat(read(file))
        .containsExactly(new IngestItem.Rejected(file.toString(), "empty file: no documents"));
  }

  @Test
  void read_jsonlWithNulBytes_isRejectedAsBinary() throws IOException {
    Path file = temp.resolve("binary.jsonl");
    Files.write(file, new byte[] {'{', 0, 1, 2, '\n'});

    assertThat(TestFiles.rejected(file).reason()).startsWith("binary file");
  }

  @Test
  void next_linesLongerThanTheReadBuffer_areSplitCorrectly() throws IOException {
    String first = "x".repeat(100_000);
    String second = "y".repeat(70_000);
    byte[] input = (first + "\n" + second).getBytes(StandardCharsets.US_ASCII);
    ByteLines lines = new ByteLines(new java.io.ByteArrayInputStream(input), 1_000_000);

    ByteLines.Line one = lines.next();
    ByteLines.Line two = lines.next();

    assertThat(new String(one.bytes(), StandardCharsets.US_ASCII)).isEqualTo(first);
    assertThat(two.offset()).isEqualTo(100_001);
    assertThat(two.number()).isEqualTo(2);
    assertThat(new String(two.bytes(), StandardCharsets.US_ASCII)).isEqualTo(second);
    assertThat(lines.next()).isNull();
  }

  private Path write(String content) throws IOException {
    Path file = temp.resolve("docs.jsonl");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
