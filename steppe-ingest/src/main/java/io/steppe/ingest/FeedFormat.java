package io.steppe.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome: one document per item or entry, its text the
 * content (or, failing that, the description) with HTML removed. The feed's title is each
 * document's source.
 */
final class FeedFormat implements FileFormat {
  private final IngestOptions options;

  FeedFormat(IngestOptions options) {
    this.options = options;
  }

  @Override
  public Stream<IngestItem> read(Path file) {
    String origin = file.toString();
    try {
      TextDecoder.Decoded decoded = FileLoader.load(file, options);
      org.w3c.dom.Document xml = FeedXml.parse(decoded.text());
      SyndFeed feed = new SyndFeedInput().build(xml);
      return Stream.concat(
          FileLoader.conversionNotice(origin, decoded).stream(),
          items(origin, feed, FeedXml.rawItemDates(xml)).stream());
    } catch (RejectedInputException e) {
      return Stream.of(e.at(origin));
    } catch (FeedException | IllegalArgumentException e) {
      // Rome throws IllegalArgumentException for feed types it has no parser for.
      return Stream.of(new IngestItem.Rejected(origin, "cannot read feed: " + e.getMessage()));
    }
  }

  private static List<IngestItem> items(
      String origin, SyndFeed feed, List<@Nullable String> rawDates) throws RejectedInputException {
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      throw new RejectedInputException("feed has no items");
    }
    // Rome keeps document order, so raw dates line up with entries unless the XML nests oddly.
    boolean datesAlign = rawDates.size() == entries.size();
    String source = plain(feed.getTitle());
    List<IngestItem> items = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String itemOrigin = origin + "#item" + (i + 1);
      SyndEntry entry = entries.get(i);
      LocalDate date = date(entry, datesAlign ? rawDates.get(i) : null);
      items.add(toItem(entry, date, source, itemOrigin));
    }
    return items;
  }

  private static IngestItem toItem(
      SyndEntry entry, @Nullable LocalDate date, @Nullable String source, String origin) {
    String id = firstNonBlank(entry.getUri(), entry.getLink());
    if (id == null) {
      return new IngestItem.Rejected(origin, "item has no guid, id or link to identify it");
    }
    DocumentDraft draft =
        new DocumentDraft(id, date, plain(entry.getTitle()), source, entry.getLink(), text(entry));
    return draft.toItem(origin);
  }

  /** The date as written in the feed; Rome's instant (read in UTC) only when that fails. */
  private static @Nullable LocalDate date(SyndEntry entry, @Nullable String raw) {
    LocalDate written = DateParser.parseOrNull(raw);
    if (written != null) {
      return written;
    }
    Date parsed =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return parsed == null ? null : parsed.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /** Full content when the feed has it, else the description (often only a summary). */
  private static String text(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null && !content.getValue().isBlank()) {
        return contentText(content);
      }
    }
    SyndContent description = entry.getDescription();
    return description == null || description.getValue() == null ? "" : contentText(description);
  }

  private static String contentText(SyndContent content) {
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) {
      return content.getValue();
    }
    return HtmlText.paragraphs(Jsoup.parseBodyFragment(content.getValue()).body());
  }

  /** Titles may carry markup or entities ("Iran &amp; Israel"); the document wants plain text. */
  private static @Nullable String plain(@Nullable String html) {
    return html == null ? null : Jsoup.parseBodyFragment(html).body().text();
  }

  private static @Nullable String firstNonBlank(@Nullable String first, @Nullable String second) {
    if (first != null && !first.isBlank()) {
      return first;
    }
    return second == null || second.isBlank() ? null : second;
  }
}
