package io.steppe.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads a saved web page ({@code .html}, {@code .htm}): metadata from Open Graph and article tags,
 * text from the main content with boilerplate removed (see {@link Boilerplate}).
 */
final class HtmlFormat implements FileFormat {
  private static final String[] DATE_SELECTORS = {
    "meta[property=article:published_time]",
    "time[datetime]",
    "meta[name=date]",
    "meta[name=pubdate]",
    "meta[itemprop=datePublished]"
  };

  private final IngestOptions options;

  HtmlFormat(IngestOptions options) {
    this.options = options;
  }

  @Override
  public Stream<IngestItem> read(Path file) {
    String origin = file.toString();
    try {
      TextDecoder.Decoded decoded = FileLoader.load(file, options);
      Document page = Jsoup.parse(decoded.text());
      return Stream.concat(
          FileLoader.conversionNotice(origin, decoded).stream(),
          Stream.of(toDraft(file, page).toItem(origin)));
    } catch (RejectedInputException e) {
      return Stream.of(e.at(origin));
    }
  }

  private static DocumentDraft toDraft(Path file, Document page) throws RejectedInputException {
    if (page.body().text().isBlank()) {
      throw new RejectedInputException("HTML has no body text");
    }
    // Metadata first: the header and meta elements it comes from are removed with the boilerplate.
    String title = firstNonBlank(metaProperty(page, "og:title"), page.title());
    LocalDate date = date(page);
    String source = metaProperty(page, "og:site_name");
    String url =
        firstNonBlank(attr(page, "link[rel=canonical]", "href"), metaProperty(page, "og:url"));
    String text = HtmlText.paragraphs(Boilerplate.mainContent(page));
    if (text.isBlank()) {
      throw new RejectedInputException(
          "no article text left after removing navigation, headers, footers and other boilerplate");
    }
    return new DocumentDraft(Formats.idFor(file), date, title, source, url, text);
  }

  private static @Nullable LocalDate date(Document page) {
    for (String selector : DATE_SELECTORS) {
      Element element = page.selectFirst(selector);
      if (element != null) {
        String value =
            element.hasAttr("datetime") ? element.attr("datetime") : element.attr("content");
        LocalDate date = DateParser.parseOrNull(value);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private static @Nullable String metaProperty(Document page, String property) {
    return attr(page, "meta[property=" + property + "]", "content");
  }

  private static @Nullable String attr(Document page, String selector, String attribute) {
    Element element = page.selectFirst(selector);
    return element == null ? null : element.attr(attribute);
  }

  private static @Nullable String firstNonBlank(@Nullable String first, @Nullable String second) {
    return first != null && !first.isBlank() ? first : second;
  }
}
