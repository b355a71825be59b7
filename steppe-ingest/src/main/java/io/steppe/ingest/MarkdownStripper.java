package io.steppe.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the Markdown markup that would otherwise end up in sentences: heading marks, emphasis,
 * link and image syntax, block quotes, bullets, rules and code ticks. Deliberately light: anything
 * it does not know stays as written, which is harmless for event coding.
 */
final class MarkdownStripper {
  private record Rule(Pattern pattern, String replacement) {}

  // Order matters: rules before bullets ("- - -"), images before links, strong before emphasis.
  private static final List<Rule> RULES =
      List.of(
          rule("(?m)^[ ]{0,3}#{1,6}[ \\t]+(.*?)[ \\t]*#*[ \\t]*$", "$1"),
          rule("(?m)^[ ]{0,3}([-*_=])([ \\t]*\\1){2,}[ \\t]*$", ""),
          rule("(?m)^[ ]{0,3}>[ ]?", ""),
          rule("(?m)^[ \\t]*[-*+][ \\t]+", ""),
          rule("!\\[([^\\]]*)\\]\\([^)]*\\)", "$1"),
          rule("\\[([^\\]]+)\\]\\([^)]*\\)", "$1"),
          rule("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1", "$2"),
          rule("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])", "$1"),
          rule("(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])", "$1"),
          rule("`([^`\\n]+)`", "$1"));

  private MarkdownStripper() {}

  /** The text without markup; line structure is kept. */
  static String strip(String markdown) {
    String text = markdown;
    for (Rule rule : RULES) {
      text = rule.pattern().matcher(text).replaceAll(rule.replacement());
    }
    return text;
  }

  private static Rule rule(String regex, String replacement) {
    return new Rule(Pattern.compile(regex), replacement);
  }
}
