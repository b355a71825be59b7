package io.steppe.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Normalises names so that dictionary entries and sentence tokens meet: lower case, accents
 * removed, a leading "the" dropped, and the possessive and commas split off as CoreNLP does.
 */
final class NameKey {
  private NameKey() {}

  /** The words of a dictionary name as CoreNLP would tokenize them, normalised. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    // CoreNLP splits "al-Sharaa" and "Kassym-Jomart" at the hyphen; so do names.
    for (String raw : name.trim().replace('-', ' ').split("\\s+")) {
      String word = raw;
      boolean comma = word.endsWith(",");
      if (comma) {
        word = word.substring(0, word.length() - 1);
      }
      if (word.endsWith("'s") && word.length() > 2) {
        words.add(normalise(word.substring(0, word.length() - 2)));
        words.add("'s");
      } else if (!word.isEmpty()) {
        words.add(normalise(word));
      }
      if (comma) {
        words.add(",");
      }
    }
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    return words;
  }

  /** One token's normal form. */
  static String normalise(String word) {
    String folded = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  static String join(List<String> words) {
    return String.join(" ", words);
  }
}
