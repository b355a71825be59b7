package io.steppe.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Puts text into the one shape the rest of Steppe expects, whatever the input format. */
final class TextNormalizer {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private TextNormalizer() {}

  /**
   * Line endings become {@code \n}, the text is NFC-composed (so "é" typed two ways matches itself)
   * and trimmed.
   */
  static String text(String raw) {
    String unixLines = LINE_BREAK.matcher(raw).replaceAll("\n");
    return Normalizer.normalize(unixLines, Normalizer.Form.NFC).strip();
  }

  /** A one-line field (title, source, url): whitespace collapsed; blank becomes null. */
  static @Nullable String field(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String collapsed =
        SPACES.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC)).replaceAll(" ");
    String stripped = collapsed.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** Removes a leading byte order mark, which some editors write into UTF-8 files. */
  static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
