package io.steppe.ingest;

import static io.steppe.ingest.TestFiles.resource;
import static io.steppe.ingest.TestFiles.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFormatTest {
  @TempDir Path temp;

  @Test
  void read_textWithFrontMatter_usesItsFields() {
    Document document = single(resource("text/front-matter.txt"));

    assertThat(document)
        .isEqualTo(
            new Document(
                "tj-mfa-2025-06-13",
                LocalDate.of(2025, 6, 13),
                "Tajikistan condemns Israeli strikes on Iran",
                "Steppe Wire",
                "https://example.org/tajikistan-condemns",
                "Tajikistan's foreign ministry condemned the Israeli strikes on Iran.\n\n"
                    + "The ministry called for restraint."));
  }

  @Test
  void read_textWithoutFrontMatter_titleIsShortFirstLineAndIdIsFileName() {
    Document document = single(resource("text/headline.txt"));

    assertThat(document)
        .isEqualTo(
            new Document(
                "headline",
                null,
                "Kazakhstan urges dialogue",
                null,
                null,
                "Kazakhstan urges dialogue\n\n"
                    + "Kazakhstan's president urged Iran and Israel to return to talks."));
  }

  @Test
  void read_textWhoseFirstLineIsASentence_hasNoTitle() {
    Document document = single(resource("text/no-headline.txt"));

    assertThat(document.title()).isNull();
    assertThat(document.text()).startsWith("Kyrgyzstan called for de-escalation on Saturday.\n");
  }

  @Test
  void read_textStartingWithDateline_isNotFrontMatter() {
    Document document = single(resource("text/dateline.txt"));

    assertThat(document.id()).isEqualTo("dateline");
    assertThat(document.text()).isEqualTo("TASHKENT: Uzbekistan urged restraint on Friday.");
  }

  @Test
  void read_frontMatterWithImpossibleDate_acceptsDocumentWithoutDate() {
    Document document = single(resource("text/bad-date.txt"));

    assertThat(document.date()).isNull();
    assertThat(document.title()).isEqualTo("Ministers meet");
    assertThat(document.text()).isEqualTo("Ministers met in Astana.");
  }

  @Test
  void read_markdown_stripsMarkupAndTakesHeadingAsTitle() {
    Document document = single(resource("text/article.md"));

    assertThat(document.id()).isEqualTo("article");
    assertThat(document.title()).isEqualTo("Uzbekistan urges restraint");
    assertThat(document.text())
        .isEqualTo(
            "Uzbekistan urges restraint\n\n"
                + "The foreign ministry of Uzbekistan said it was deeply concerned.\n\n"
                + "Dialogue is the only way.\n\n"
                + "Tashkent called for talks\n"
                + "Officials cited Article 2 of the UN Charter");
  }

  @Test
  void read_markdownWithYamlFrontMatter_usesFieldsAndIgnoresUnknownKeys() {
    Document document = single(resource("text/yaml-front-matter.md"));

    assertThat(document)
        .isEqualTo(
            new Document(
                "kg-2025-06-14",
                LocalDate.of(2025, 6, 14),
                "Kyrgyzstan: call for calm",
                null,
                null,
                "Statement\n\nKyrgyzstan called for calm."));
  }

  @Test
  void read_textWithWindowsLineEndingsAndDecomposedLetters_isNormalised() throws IOException {
    Path file = temp.resolve("crlf.txt");
    // "é" as e + combining acute (NFD), lines ending in CRLF, surrounding blank space.
    Files.writeString(
        file, "\r\n  Caf\u0065\u0301 talks\r\nSecond line.\r\n\r\n", StandardCharsets.UTF_8);

    Document document = single(file);

    assertThat(document.text()).isEqualTo("Caf\u00e9 talks\nSecond line.");
    assertThat(document.title()).isEqualTo("Caf\u00e9 talks");
  }

  @Test
  void read_textWithByteOrderMark_dropsIt() throws IOException {
    Path file = temp.resolve("bom.txt");
    Files.writeString(file, "\uFEFFTitle: With BOM\n\nBody.", StandardCharsets.UTF_8);

    assertThat(single(file).title()).isEqualTo("With BOM");
  }

  @Test
  void read_frontMatterOnly_isRejectedAsEmpty() throws IOException {
    Path file = temp.resolve("header-only.txt");
    Files.writeString(file, "Title: Nothing else\nDate: 2025-06-14\n", StandardCharsets.UTF_8);

    assertThat(TestFiles.rejected(file).reason()).isEqualTo("empty document");
  }

  @Test
  void strip_markdownInlineMarkup_keepsWordsAndUnderscoresInsideWords() {
    assertThat(
            MarkdownStripper.strip(
                "A **bold** and *light* [link](http://x) ![alt](i.png) snake_case_name __x__"))
        .isEqualTo("A bold and light link alt snake_case_name x");
  }
}
