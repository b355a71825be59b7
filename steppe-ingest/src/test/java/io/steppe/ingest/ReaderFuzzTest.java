package io.steppe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.fuzz.Mutations;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every reader under near-valid input (fixture lines with small edits): each file gives at least
 * one item, every item names the file, and no exception escapes the reader.
 */
class ReaderFuzzTest {
  private static final int TRIES = 80;

  @Property(tries = TRIES)
  void text_nearValid_readsOrRejects(@ForAll("text") List<String> lines) throws IOException {
    checkReads("txt", lines);
  }

  @Property(tries = TRIES)
  void markdown_nearValid_readsOrRejects(@ForAll("markdown") List<String> lines)
      throws IOException {
    checkReads("md", lines);
  }

  @Property(tries = TRIES)
  void html_nearValid_readsOrRejects(@ForAll("html") List<String> lines) throws IOException {
    checkReads("html", lines);
  }

  @Property(tries = TRIES)
  void jsonLines_nearValid_readsOrRejects(@ForAll("jsonLines") List<String> lines)
      throws IOException {
    checkReads("jsonl", lines);
  }

  @Property(tries = TRIES)
  void rss_nearValid_readsOrRejects(@ForAll("rss") List<String> lines) throws IOException {
    checkReads("rss", lines);
  }

  @Property(tries = TRIES)
  void atom_nearValid_readsOrRejects(@ForAll("atom") List<String> lines) throws IOException {
    checkReads("atom", lines);
  }

  @Property(tries = 300)
  void decode_anyBytes_decodesOrRejects(@ForAll("encodedText") byte[] bytes) {
    try {
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
      assertThat(decoded.confidence()).isBetween(TextDecoder.MIN_CONFIDENCE, 100);
      Mutations.outcome(true);
    } catch (RejectedInputException e) {
      Mutations.outcome(false);
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  private static void checkReads(String extension, List<String> lines) throws IOException {
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
      Mutations.outcome(items.stream().anyMatch(IngestItem.Accepted.class::isInstance));
    } finally {
      Files.delete(file);
    }
  }

  @Provide
  Arbitrary<List<String>> text() {
    return fixture("text/front-matter.txt");
  }

  @Provide
  Arbitrary<List<String>> markdown() {
    return fixture("text/article.md");
  }

  @Provide
  Arbitrary<List<String>> html() {
    return wholeFixture("html/article.html");
  }

  @Provide
  Arbitrary<List<String>> jsonLines() {
    return fixture("jsonl/docs.jsonl");
  }

  @Provide
  Arbitrary<List<String>> rss() {
    return wholeFixture("feeds/news.rss");
  }

  @Provide
  Arbitrary<List<String>> atom() {
    return wholeFixture("feeds/news.atom");
  }

  /** Near-valid text in UTF-8, Latin-1 or UTF-16 (with or without a mark), one byte changed. */
  @Provide
  Arbitrary<byte[]> encodedText() {
    Arbitrary<Charset> charsets =
        Arbitraries.of(
            StandardCharsets.UTF_8,
            StandardCharsets.ISO_8859_1,
            StandardCharsets.UTF_16,
            StandardCharsets.UTF_16LE,
            Charset.forName("windows-1251"));
    Arbitrary<byte[]> encoded =
        fixture("text/article.md")
            .flatMap(l -> charsets.map(c -> String.join("\n", l).getBytes(c)));
    return encoded.flatMap(
        bytes ->
            Arbitraries.integers()
                .between(0, bytes.length)
                .flatMap(
                    at -> Arbitraries.integers().between(0, 255).map(b -> withByte(bytes, at, b))));
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
  private static Arbitrary<List<String>> wholeFixture(String name) {
    try {
      List<String> lines = Files.readAllLines(TestFiles.resource(name));
      return Arbitraries.oneOf(Mutations.file(lines), Mutations.lines(lines, 30));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Random lines of the fixture, each with a few edits. */
  private static Arbitrary<List<String>> fixture(String name) {
    try {
      return Mutations.lines(Files.readAllLines(TestFiles.resource(name)), 30);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
