package io.steppe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Chooses the reader for a file by its extension, sniffing for feeds when the name says nothing.
 */
final class Formats {
  private static final String EXPECTED = "(expected .txt, .md, .html, .jsonl, .xml/.rss/.atom)";
  private static final int SNIFF_BYTES = 512;

  private final Map<String, FileFormat> byExtension;
  private final FileFormat feed;

  Formats(IngestOptions options) {
    FileFormat text = new TextFormat(options, false);
    FileFormat markdown = new TextFormat(options, true);
    FileFormat html = new HtmlFormat(options);
    FileFormat jsonLines = new JsonLinesFormat(options);
    this.feed = new FeedFormat(options);
    this.byExtension =
        Map.of(
            "txt", text,
            "md", markdown,
            "markdown", markdown,
            "html", html,
            "htm", html,
            "jsonl", jsonLines,
            "ndjson", jsonLines,
            "xml", feed,
            "rss", feed,
            "atom", feed);
  }

  /** The items of one regular file. */
  Stream<IngestItem> read(Path file) {
    String extension = extension(file);
    FileFormat format = byExtension.get(extension);
    if (format != null) {
      return format.read(file);
    }
    if (PathWalker.isHidden(file)) {
      return Stream.empty();
    }
    if (looksLikeXml(file)) {
      // Feeds saved from a URL often have no extension ("feed", "rss.php").
      return feed.read(file);
    }
    String type = extension.isEmpty() ? "(no extension)" : "." + extension;
    return Stream.of(
        new IngestItem.Rejected(file.toString(), "unsupported file type " + type + " " + EXPECTED));
  }

  /** The lower-cased extension without the dot, or empty; a dot file has none. */
  static String extension(Path file) {
    String name = fileName(file);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The document id a file gets when it names none itself: its name without the extension. */
  static String idFor(Path file) {
    String name = fileName(file);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  private static boolean looksLikeXml(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      return false; // the "unsupported" rejection that follows is true enough
    }
    // Only ASCII markup is compared, so a byte-per-char decoding is exact for it.
    String start = new String(head, StandardCharsets.ISO_8859_1);
    start = start.replaceFirst("^\u00EF\u00BB\u00BF", "").stripLeading();
    return start.startsWith("<?xml")
        || start.startsWith("<rss")
        || start.startsWith("<feed")
        || start.startsWith("<rdf:RDF");
  }
}
