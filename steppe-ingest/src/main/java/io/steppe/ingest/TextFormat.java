package io.steppe.ingest;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code .txt} and {@code .md} files: optional front matter (see {@link FrontMatter}), then
 * the body. Without a Title, the first line is the title when it looks like a headline; it stays in
 * the text too, since the coder should see headlines.
 */
final class TextFormat implements FileFormat {
  /** Longer first lines are paragraphs that happen to come first, not headlines. */
  static final int MAX_HEADLINE_CHARS = 200;

  private final IngestOptions options;
  private final boolean markdown;

  TextFormat(IngestOptions options, boolean markdown) {
    this.options = options;
    this.markdown = markdown;
  }

  @Override
  public Stream<IngestItem> read(Path file) {
    String origin = file.toString();
    try {
      TextDecoder.Decoded decoded = FileLoader.load(file, options);
      String text = TextNormalizer.text(decoded.text());
      return Stream.concat(
          FileLoader.conversionNotice(origin, decoded).stream(),
          Stream.of(toDraft(file, text).toItem(origin)));
    } catch (RejectedInputException e) {
      return Stream.of(e.at(origin));
    }
  }

  private DocumentDraft toDraft(Path file, String text) {
    FrontMatter header = FrontMatter.parse(text);
    String body = markdown ? MarkdownStripper.strip(header.body()) : header.body();
    String id = header.get("id");
    String title = header.get("title");
    return new DocumentDraft(
        id == null ? Formats.idFor(file) : id,
        DateParser.parseOrNull(header.get("date")),
        title == null ? headline(body) : title,
        header.get("source"),
        header.get("url"),
        body);
  }

  /** The first line when it reads like a headline: short and not ending a sentence. */
  static @Nullable String headline(String body) {
    String first = body.strip().lines().findFirst().orElse("").strip();
    boolean looksLikeHeadline =
        !first.isEmpty() && first.length() <= MAX_HEADLINE_CHARS && !first.endsWith(".");
    return looksLikeHeadline ? first : null;
  }
}
