package io.steppe.ingest;

import static io.steppe.ingest.TestFiles.rejected;
import static io.steppe.ingest.TestFiles.resource;
import static io.steppe.ingest.TestFiles.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.Document;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlFormatTest {
  @Test
  void read_articlePage_takesOpenGraphMetadataAndArticleTextWithoutBoilerplate() {
    Document document = single(resource("html/article.html"));

    assertThat(document)
        .isEqualTo(
            new Document(
                "article",
                LocalDate.of(2025, 6, 13),
                "Tajikistan condemns Israeli strikes on Iran",
                "Steppe Wire",
                "https://example.org/tajikistan-condemns",
                "Tajikistan's foreign ministry condemned the Israeli strikes on Iran.\n\n"
                    + "The ministry called for restraint\nand for talks.\n\n"
                    + "Reactions\n\n"
                    + "Dushanbe said it was ready to help."));
  }

  @Test
  void read_pageWithoutArticleOrOpenGraph_usesTitleMetaDateAndMain() {
    Document document = single(resource("html/plain-page.html"));

    assertThat(document)
        .isEqualTo(
            new Document(
                "plain-page",
                LocalDate.of(2025, 6, 14),
                "Kazakhstan urges dialogue",
                null,
                null,
                "Kazakhstan's president urged dialogue.\n\nAstana offered to host talks."));
  }

  @Test
  void read_contentWrappedInShareClass_keepsTheContent() {
    Document document = single(resource("html/share-wrapper.html"));

    assertThat(document.text())
        .isEqualTo(
            "Kyrgyzstan called for de-escalation on Saturday after a week of strikes.\n\n"
                + "Officials in Bishkek said the region could not afford a wider war.");
  }

  @Test
  void read_htmlWithEmptyBody_isRejected() {
    IngestItem.Rejected rejection = rejected(resource("html/empty-body.html"));

    assertThat(rejection.origin()).endsWith("empty-body.html");
    assertThat(rejection.reason()).isEqualTo("HTML has no body text");
  }

  @Test
  void read_htmlWithOnlyBoilerplate_isRejected() {
    assertThat(rejected(resource("html/boilerplate-only.html")).reason())
        .isEqualTo(
            "no article text left after removing navigation, headers, footers and other"
                + " boilerplate");
  }
}
