package io.steppe.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises names so that dictionary entries and sentence tokens meet: lower case, accents
 * removed, a leading "the" dropped, and the possessive and commas split off as CoreNLP does.
 */
final class NameKey {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NameKey() {}

  /** The words of a dictionary name as CoreNLP would tokenize them, normalised. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    // CoreNLP splits "al-Sharaa" and "Kassym-Jomart" at the hyphen; so do names.
    for (String raw : SPACES.split(name.trim().replace('-', ' '))) {
      String word = raw;
      boolean comma = word.endsWith(",");
      if (comma) {
        word = word.substring(0, word.length() - 1);
      }
      if (word.endsWith("'s") && word.length() > 2) {
        words.add(normalise(word.substring(0, word.length() - 2)));
        words.add("'s");
      } else if (word.endsWith("'") && word.length() > 1) {
        // A plural's possessive, "Workers' Party": CoreNLP splits the apostrophe off.
        words.add(normalise(word.substring(0, word.length() - 1)));
        words.add("'");
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
    // Most words are plain ASCII; decomposing them would cost the resolver and the gazetteer's
    // loading most of their time for nothing.
    if (isAscii(word)) {
      return word.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK
          && type != Character.ENCLOSING_MARK
          && type != Character.COMBINING_SPACING_MARK) {
        folded.append(c == '’' ? '\'' : c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  static String join(List<String> words) {
    return String.join(" ", words);
  }
}
