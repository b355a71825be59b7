package io.steppe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.fuzz.Fuzz;
import io.steppe.model.fuzz.Gen;
import io.steppe.model.fuzz.Mutations;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every reader under near-valid input (fixture lines with small edits): each file gives at least
 * one item, every item names the file, and no exception escapes the reader.
 */
class ReaderFuzzTest {
  private static final int TRIES = 80;

  @Test
  void text_nearValid_readsOrRejects() {
    Fuzz.check(TRIES, fixture("text/front-matter.txt"), lines -> reads("txt", lines));
  }

  @Test
  void markdown_nearValid_readsOrRejects() {
    Fuzz.check(TRIES, fixture("text/article.md"), lines -> reads("md", lines));
  }

  @Test
  void html_nearValid_readsOrRejects() {
    Fuzz.check(TRIES, wholeFixture("html/article.html"), lines -> reads("html", lines));
  }

  @Test
  void jsonLines_nearValid_readsOrRejects() {
    Fuzz.check(TRIES, fixture("jsonl/docs.jsonl"), lines -> reads("jsonl", lines));
  }

  @Test
  void rss_nearValid_readsOrRejects() {
    Fuzz.check(TRIES, wholeFixture("feeds/news.rss"), lines -> reads("rss", lines));
  }

  @Test
  void atom_nearValid_readsOrRejects() {
    Fuzz.check(TRIES, wholeFixture("feeds/news.atom"), lines -> reads("atom", lines));
  }

  @Test
  void decode_anyBytes_decodesOrRejects() {
    Fuzz.check(
        300,
        encodedText(),
        bytes -> {
          try {
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            assertThat(decoded.confidence()).isBetween(TextDecoder.MIN_CONFIDENCE, 100);
            return true;
          } catch (RejectedInputException e) {
            assertThat(e.getMessage()).isNotBlank();
            return false;
          }
        });
  }

  /** Whether some item of the file was accepted; every item must name the file. */
  private static boolean reads(String extension, List<String> lines) throws IOException {
    Path file = Files.createTempFile("fuzz", "." + extension);
    try {
      // getBytes, not writeString: a lone surrogate becomes "?" instead of failing the write.
      Files.write(file, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
      List<IngestItem> items = DocumentSource.read(List.of(file)).toList();
      assertThat(items)
          .isNotEmpty()
          .allSatisfy(item -> assertThat(item.origin()).startsWith(file.toString()));
      assertThat(items)
          .filteredOn(IngestItem.Rejected.class::isInstance)
          .allSatisfy(item -> assertThat(((IngestItem.Rejected) item).reason()).isNotBlank());
      return items.stream().anyMatch(IngestItem.Accepted.class::isInstance);
    } finally {
      Files.delete(file);
    }
  }

  /** Near-valid text in UTF-8, Latin-1 or UTF-16 (with or without a mark), one byte changed. */
  private static Gen<byte[]> encodedText() {
    Gen<Charset> charsets =
        Gen.of(
            List.of(
                StandardCharsets.UTF_8,
                StandardCharsets.ISO_8859_1,
                StandardCharsets.UTF_16,
                StandardCharsets.UTF_16LE,
                Charset.forName("windows-1251")));
    Gen<List<String>> text = fixture("text/article.md");
    return random -> {
      byte[] bytes = String.join("\n", text.draw(random)).getBytes(charsets.draw(random));
      return withByte(bytes, random.nextInt(bytes.length + 1), random.nextInt(256));
    };
  }

  private static byte[] withByte(byte[] bytes, int at, int value) {
    byte[] copy = bytes.clone();
    if (at < copy.length) {
      copy[at] = (byte) value;
    }
    return copy;
  }

  /**
   * The fixture's lines in order with a few edits (XML and HTML need their structure to get past
   * the parser), or random lines of it (to reach the rejections).
   */
  private static Gen<List<String>> wholeFixture(String name) {
    try {
      List<String> lines = Files.readAllLines(TestFiles.resource(name));
      return Gen.oneOf(Mutations.file(lines), Mutations.lines(lines, 30));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Random lines of the fixture, each with a few edits. */
  private static Gen<List<String>> fixture(String name) {
    try {
      return Mutations.lines(Files.readAllLines(TestFiles.resource(name)), 30);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
