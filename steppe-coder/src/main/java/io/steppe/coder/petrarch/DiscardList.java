package io.steppe.coder.petrarch;

import io.steppe.actors.petrarch.TabariLines;
import io.steppe.actors.petrarch.TabariLines.Line;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A PETRARCH discard list: phrases that mark a sentence ({@code PHRASE}) or its whole story ({@code
 * +PHRASE}) as not political (sports, weather). Phrases match whole words, ignoring case.
 */
public final class DiscardList {
  private final List<Pattern> phrases;

  private DiscardList(List<Pattern> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  public static DiscardList read(Path file) {
    return of(TabariLines.read(file));
  }

  public static DiscardList parse(String name, List<String> text) {
    return of(TabariLines.parse(name, text));
  }

  private static DiscardList of(List<Line> lines) {
    List<Pattern> phrases = new ArrayList<>();
    for (Line line : lines) {
      String phrase = line.text().startsWith("+") ? line.text().substring(1) : line.text();
      String words = phrase.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
      if (!words.isEmpty()) {
        String spaced = Pattern.quote(words).replace(" ", "\\E\\s+\\Q");
        phrases.add(Pattern.compile("(?<![\\w])" + spaced + "(?![\\w])"));
      }
    }
    return new DiscardList(phrases);
  }

  /**
   * Whether the text holds a discard phrase: neither it (nor, for a story phrase, its story) is
   * coded.
   */
  public boolean discards(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (Pattern phrase : phrases) {
      if (phrase.matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return phrases.size();
  }
}
