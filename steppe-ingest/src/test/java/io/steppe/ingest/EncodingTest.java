package io.steppe.ingest;

import static io.steppe.ingest.TestFiles.read;
import static io.steppe.ingest.TestFiles.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingTest {
  private static final String ARTICLE =
      "Kazakhstan's président met his counterpart at a café in Almaty on Monday. Officials said"
          + " the talks about the pipeline to Zürich were constructive.";

  @TempDir Path temp;

  @Test
  void read_latin1Text_isConvertedWithANoticeNamingTheCharset() throws IOException {
    Path file = write("latin1.txt", ARTICLE, StandardCharsets.ISO_8859_1);

    List<IngestItem> items = read(file);

    assertThat(items).hasSize(2);
    assertThat(items.get(0))
        .isEqualTo(
            new IngestItem.Notice(
                file.toString(),
                "not UTF-8: converted from ISO-8859-1 (detection confidence 66 of 100)"));
    assertThat(((IngestItem.Accepted) items.get(1)).document().text()).isEqualTo(ARTICLE);
  }

  @Test
  void read_windows1252WithCurlyQuotes_isConvertedFromWindows1252() throws IOException {
    String quoted =
        "The minister said \u201cwe welcome the ceasefire\u201d in Tashkent. " + ARTICLE;
    Path file = write("quotes.txt", quoted, Charset.forName("windows-1252"));

    List<IngestItem> items = read(file);

    assertThat(((IngestItem.Notice) items.get(0)).message())
        .startsWith("not UTF-8: converted from windows-1252 (detection confidence");
    assertThat(((IngestItem.Accepted) items.get(1)).document().text()).isEqualTo(quoted);
  }

  @Test
  void read_utf16WithByteOrderMark_isConvertedWhicheverTheByteOrder() throws IOException {
    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path file = write(charset.name() + ".md", "\uFEFF" + ARTICLE, charset);

      List<IngestItem> items = read(file);

      assertThat(items.get(0))
          .isEqualTo(
              new IngestItem.Notice(
                  file.toString(),
                  "not UTF-8: converted from "
                      + charset.name()
                      + " (detection confidence 100 of 100)"));
      assertThat(((IngestItem.Accepted) items.get(1)).document().text()).isEqualTo(ARTICLE);
    }
  }

  @Test
  void read_utf8WithByteOrderMark_isReadWithoutNotice() throws IOException {
    Path file = write("bom.txt", "\uFEFF" + ARTICLE, StandardCharsets.UTF_8);

    assertThat(read(file)).singleElement().isInstanceOf(IngestItem.Accepted.class);
  }

  @Test
  void read_utf16WithoutByteOrderMark_isDetectedWhicheverTheByteOrder() throws IOException {
    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path file = write("bare-" + charset.name() + ".txt", ARTICLE, charset);

      List<IngestItem> items = read(file);

      assertThat(((IngestItem.Notice) items.get(0)).message())
          .startsWith("not UTF-8: converted from " + charset.name() + " (detection confidence");
      assertThat(((IngestItem.Accepted) items.get(1)).document().text()).isEqualTo(ARTICLE);
    }
  }

  @Test
  void read_bytesWithNulsThatAreNotUtf16_areRejectedAsBinary() throws IOException {
    byte[] bytes = new byte[600];
    new Random(11).nextBytes(bytes);
    bytes[5] = 0;
    Path file = temp.resolve("blob.txt");
    Files.write(file, bytes);

    assertThat(rejected(file).reason()).startsWith("binary file (NUL byte at byte offset ");
  }

  @Test
  void read_randomBytesWithoutNul_areRejectedNamingTheFirstBadOffset() throws IOException {
    byte[] noise = new byte[2000];
    new Random(7).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = noise[i] == 0 ? 1 : noise[i];
    }
    Path file = temp.resolve("noise.txt");
    Files.write(file, noise);

    assertThat(rejected(file).reason())
        .startsWith(
            "not valid UTF-8: invalid byte sequence at byte offset "
                + TextDecoder.firstInvalidUtf8(noise))
        .endsWith("convert the file to UTF-8");
  }

  @Test
  void read_latin1HtmlAndFeed_areConvertedToo() throws IOException {
    Path html =
        write(
            "page.html",
            "<html><body><p>" + ARTICLE + "</p></body></html>",
            Charset.forName("ISO-8859-1"));
    Path feed =
        write(
            "feed.rss",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
                + "<title>News</title><item><guid>a1</guid><description>"
                + ARTICLE
                + "</description></item></channel></rss>",
            StandardCharsets.ISO_8859_1);

    for (Path file : List.of(html, feed)) {
      List<IngestItem> items = read(file);

      assertThat(items.get(0)).isInstanceOf(IngestItem.Notice.class);
      assertThat(((IngestItem.Accepted) items.get(1)).document().text()).isEqualTo(ARTICLE);
    }
  }

  private Path write(String name, String text, Charset charset) throws IOException {
    Path file = temp.resolve(name);
    Files.write(file, text.getBytes(charset));
    return file;
  }
}
