package io.steppe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.model.fuzz.Fuzz;
import io.steppe.model.fuzz.Gen;
import io.steppe.model.fuzz.Mutations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Data-file readers under near-valid input: every input either reads or fails with a {@link
 * DataFileException} naming the file and line; no other exception escapes.
 */
class TsvFuzzTest {
  private static final String FILE = "cameo.tsv";

  @Test
  void read_anyBytes_readsOrNamesFileAndLine() {
    Fuzz.check(300, nearValidBytes(), TsvFuzzTest::readsOrNamesFileAndLine);
  }

  @Test
  void cameoTable_anyNearValidLines_buildsOrNamesFileAndLine() {
    Fuzz.check(
        300,
        nearValidCameoLines(),
        text -> {
          List<TsvLine> lines = new ArrayList<>();
          for (int i = 0; i < text.size(); i++) {
            lines.add(new TsvLine(FILE, i + 1, List.of(text.get(i).split("\t", -1))));
          }
          try {
            assertThat(CameoTable.from(lines).all()).hasSizeLessThanOrEqualTo(lines.size());
            return true;
          } catch (DataFileException e) {
            assertThat(e.getMessage()).startsWith(FILE + ":" + e.line() + ": ");
            return false;
          }
        });
  }

  private static boolean readsOrNamesFileAndLine(byte[] bytes) throws IOException {
    List<TsvLine> lines;
    try {
      lines = TsvLine.read(new ByteArrayInputStream(bytes), FILE);
    } catch (DataFileException e) {
      assertThat(e.getMessage()).startsWith(FILE + ":" + e.line() + ": ");
      assertThat(e.line()).isPositive();
      return false;
    }
    assertThat(lines).allSatisfy(line -> assertThat(line.origin()).startsWith(FILE + ":"));
    return true;
  }

  @Test
  void cameoTable_goldsteinNotANumber_isRejected() {
    TsvLine line = new TsvLine(FILE, 7, List.of("01", "NaN", "AGREE", "", "Make statement"));

    assertThatThrownBy(() -> CameoTable.from(List.of(line)))
        .isInstanceOf(DataFileException.class)
        .hasMessage("cameo.tsv:7: Goldstein value outside -10..10: NaN");
  }

  @Test
  void read_latin1Byte_isReportedWithItsLine() {
    byte[] bytes = "01\t0\tAGREE\n02\tcaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> TsvLine.read(new ByteArrayInputStream(bytes), FILE))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("cameo.tsv:2: not valid UTF-8 (save the file as UTF-8)");
  }

  private static Gen<List<String>> nearValidCameoLines() {
    return Mutations.lines(Mutations.resourceLines(CameoTable.class, "cameo.tsv"), 20);
  }

  private static Gen<byte[]> nearValidBytes() {
    // A stray byte from another encoding somewhere in a near-valid file.
    Gen<List<String>> lines = nearValidCameoLines();
    return random -> {
      byte[] bytes = String.join("\n", lines.draw(random)).getBytes(StandardCharsets.UTF_8);
      return withByte(bytes, random.nextInt(Math.max(1, bytes.length)), random.nextInt(256));
    };
  }

  private static byte[] withByte(byte[] bytes, int at, int value) {
    byte[] copy = bytes.clone();
    if (copy.length > 0) {
      copy[at] = (byte) value;
    }
    return copy;
  }
}
