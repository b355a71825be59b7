package io.steppe.ingest;

import static io.steppe.ingest.TestFiles.read;
import static io.steppe.ingest.TestFiles.rejected;
import static io.steppe.ingest.TestFiles.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedFormatTest {
  @TempDir Path temp;

  @Test
  void read_rss_givesOneDocumentPerItem() {
    Path file = resource("feeds/news.rss");

    List<IngestItem> items = read(file);

    assertThat(items)
        .containsExactly(
            new IngestItem.Accepted(
                new Document(
                    "steppe-wire-101",
                    LocalDate.of(2025, 6, 13),
                    "Tajikistan condemns strikes",
                    "Steppe Wire & Friends",
                    "https://example.org/tajikistan",
                    "Tajikistan's foreign ministry condemned the strikes.\n\nIt called for restraint."),
                file + "#item1"),
            new IngestItem.Accepted(
                new Document(
                    "https://example.org/kazakhstan",
                    LocalDate.of(2025, 6, 14),
                    "Kazakhstan urges dialogue",
                    "Steppe Wire & Friends",
                    "https://example.org/kazakhstan",
                    "Kazakhstan urged dialogue."),
                file + "#item2"));
  }

  @Test
  void read_atom_givesOneDocumentPerEntry() {
    Path file = resource("feeds/news.atom");

    List<IngestItem> items = read(file);

    assertThat(items)
        .containsExactly(
            new IngestItem.Accepted(
                new Document(
                    "urn:uuid:entry-1",
                    LocalDate.of(2025, 6, 14),
                    "Uzbekistan urges restraint",
                    "Caspian Monitor",
                    "https://example.org/uzbekistan",
                    "Uzbekistan urged restraint.\n\nTashkent offered talks."),
                file + "#item1"),
            new IngestItem.Accepted(
                new Document(
                    "urn:uuid:entry-2",
                    LocalDate.of(2025, 6, 15),
                    "Turkmenistan stays neutral",
                    "Caspian Monitor",
                    "https://example.org/turkmenistan",
                    "Ashgabat said it would stay neutral <as always>."),
                file + "#item2"));
  }

  @Test
  void read_brokenXml_rejectsTheFileWithParserPosition() {
    IngestItem.Rejected rejection = rejected(resource("feeds/broken.xml"));

    assertThat(rejection.origin()).endsWith("broken.xml");
    assertThat(rejection.reason())
        .startsWith("not well-formed XML at line 6, column ")
        .contains("item");
  }

  @Test
  void read_xmlThatIsNotAFeed_isRejected() {
    assertThat(rejected(resource("feeds/sitemap.xml")).reason())
        .isEqualTo(
            "XML root element <urlset> is not an RSS or Atom feed"
                + " (expected <rss>, <feed> or <rdf:RDF>)");
  }

  @Test
  void read_feedWithoutItems_isRejected() {
    assertThat(rejected(resource("feeds/empty.rss")).reason()).isEqualTo("feed has no items");
  }

  @Test
  void read_feedWithoutExtension_isRecognisedByItsContent() {
    Document document = TestFiles.single(resource("feeds/feed"));

    assertThat(document.id()).isEqualTo("saved-1");
    assertThat(document.source()).isEqualTo("No extension");
    assertThat(document.text()).isEqualTo("Mongolia held talks.");
  }

  @Test
  void read_feedWithExternalEntity_doesNotReadLocalFiles() throws IOException {
    Path secret = temp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET", StandardCharsets.UTF_8);
    Path feed = temp.resolve("xxe.rss");
    Files.writeString(
        feed,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<rss version=\"2.0\"><channel><title>t</title><link>l</link>"
            + "<description>d</description><item><guid>g</guid>"
            + "<description>Leak: &xxe;</description></item></channel></rss>",
        StandardCharsets.UTF_8);

    List<IngestItem> items = read(feed);

    assertThat(items).hasSize(1);
    assertThat(items.get(0).toString()).doesNotContain("TOP-SECRET");
  }
}
