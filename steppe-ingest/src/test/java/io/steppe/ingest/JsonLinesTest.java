package io.steppe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  private static IngestItem read(String line, long offset) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return JsonLines.read(bytes, bytes.length, offset, "docs.jsonl at byte " + offset);
  }

  @Test
  void read_validLine_givesTheDocument() {
    IngestItem item = read("{\"id\": \" a \", \"date\": \"2025-06-14\", \"text\": \"Hi.\"}", 40);

    assertThat(item).isInstanceOf(IngestItem.Accepted.class);
    IngestItem.Accepted accepted = (IngestItem.Accepted) item;
    assertThat(accepted.document().id()).isEqualTo("a");
    assertThat(accepted.document().date()).isEqualTo(LocalDate.of(2025, 6, 14));
    assertThat(accepted.origin()).isEqualTo("docs.jsonl at byte 40");
  }

  @Test
  void read_byteOrderMark_isAcceptedOnlyAtTheStartOfTheFile() {
    String line = "\uFEFF{\"id\": \"a\", \"text\": \"Hi.\"}";

    assertThat(read(line, 0)).isInstanceOf(IngestItem.Accepted.class);
    assertThat(read(line, 12)).isInstanceOf(IngestItem.Rejected.class);
  }

  @Test
  void read_blankLine_givesNothing() {
    assertThat(read("   ", 5)).isNull();
  }

  @Test
  void read_invalidUtf8_isRejectedAtItsByteInTheFile() {
    byte[] bytes = {'{', (byte) 0xC3, '}', 'x'};

    IngestItem item = JsonLines.read(bytes, 3, 100, "docs.jsonl at byte 100");

    assertThat(item).isInstanceOf(IngestItem.Rejected.class);
    assertThat(((IngestItem.Rejected) item).reason()).contains("byte offset 101");
  }

  @Test
  void read_missingText_isRejectedWithTheReason() {
    IngestItem item = read("{\"id\": \"a\"}", 0);

    assertThat(item)
        .isEqualTo(
            new IngestItem.Rejected("docs.jsonl at byte 0", "missing required field \"text\""));
  }
}
