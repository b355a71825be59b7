package io.steppe.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Key: value} header of a text or Markdown file, and the body after it.
 *
 * <p>Two layouts are recognised: plain lines up to the first blank line ({@code Title: ...}), and
 * the same lines between {@code ---} fences as Markdown tools write them. The plain block counts as
 * front matter only when every line is {@code Key: value} and at least one key is known (Id, Title,
 * Date, Source, URL), so an opening paragraph like "WASHINGTON: The president..." stays text.
 *
 * @param fields known keys, lower-cased, to their values
 * @param body the text after the front matter, or the whole text when there is none
 */
record FrontMatter(Map<String, String> fields, String body) {
  private static final Set<String> KNOWN_KEYS = Set.of("id", "title", "date", "source", "url");
  private static final Pattern KEY_VALUE =
      Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)[ \\t]*:[ \\t]*(.*)");
  private static final String FENCE = "---";

  FrontMatter {
    fields = Map.copyOf(fields);
  }

  /** Splits text with {@code \n} line endings. */
  static FrontMatter parse(String text) {
    List<String> lines = text.lines().toList();
    if (!lines.isEmpty() && lines.get(0).strip().equals(FENCE)) {
      int close = findClosingFence(lines);
      if (close > 0) {
        Map<String, String> fields = fields(lines.subList(1, close));
        if (fields != null) {
          return new FrontMatter(fields, join(lines.subList(close + 1, lines.size())));
        }
      }
      return new FrontMatter(Map.of(), text);
    }
    int end = firstBlank(lines);
    Map<String, String> fields = fields(lines.subList(0, end));
    if (fields == null || fields.isEmpty()) {
      return new FrontMatter(Map.of(), text);
    }
    return new FrontMatter(fields, join(lines.subList(end, lines.size())));
  }

  /** The value of a known key ("title", "date", ...), or null when absent or blank. */
  @Nullable String get(String key) {
    String value = fields.get(key);
    return value == null || value.isBlank() ? null : value;
  }

  private static int firstBlank(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        return i;
      }
    }
    return lines.size();
  }

  private static int findClosingFence(List<String> lines) {
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(FENCE)) {
        return i;
      }
    }
    return -1;
  }

  /** The known fields, or null when some line is not {@code Key: value}. */
  private static @Nullable Map<String, String> fields(List<String> lines) {
    Map<String, String> fields = new HashMap<>();
    for (String line : lines) {
      Matcher matcher = KEY_VALUE.matcher(line.strip());
      if (!matcher.matches()) {
        return null;
      }
      String key = matcher.group(1).toLowerCase(Locale.ROOT);
      if (KNOWN_KEYS.contains(key)) {
        fields.put(key, unquote(matcher.group(2).strip()));
      }
    }
    return fields;
  }

  /** YAML front matter often quotes values: {@code title: "A: B"}. */
  private static String unquote(String value) {
    boolean quoted =
        value.length() >= 2
            && ((value.startsWith("\"") && value.endsWith("\""))
                || (value.startsWith("'") && value.endsWith("'")));
    return quoted ? value.substring(1, value.length() - 1) : value;
  }

  private static String join(List<String> lines) {
    return String.join("\n", lines);
  }
}
