package io.steppe.actors.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words as PETRARCH/TABARI dictionaries write them: upper case, {@code _} between the words of one
 * phrase, and a trailing {@code _} for a word that must match exactly; without it the word is a
 * stem that also matches longer words ("BULGAR" for "Bulgaria" and "Bulgarian").
 */
public final class TabariWords {
  /**
   * Endings tried on a stem. Steppe's dictionaries match whole words, so a stem is entered with the
   * endings that make country names into demonyms and plurals; a longer stem is matched only with
   * these endings, never with any ending at all as TABARI does.
   */
  static final List<String> STEM_ENDINGS =
      List.of(
          "s", "es", "n", "ns", "an", "ans", "ian", "ians", "i", "is", "a", "e", "ia", "ese", "ic");

  /** A phrase as written, and whether its last word must match exactly. */
  public record Phrase(String text, boolean exact) {}

  private TabariWords() {}

  /** The phrase, lower case, words separated by single spaces, markers removed. */
  public static Phrase phrase(String written) {
    String text = written.strip();
    if (text.startsWith("+")) {
      text = text.substring(1);
    }
    boolean exact = text.endsWith("_");
    String spaced = text.replace('_', ' ').strip().replaceAll("\\s+", " ");
    return new Phrase(spaced.toLowerCase(Locale.ROOT), exact);
  }

  /** The phrase with each stem ending added to its last word, for a stem; none for exact words. */
  public static List<String> stemVariants(Phrase phrase) {
    List<String> variants = new ArrayList<>();
    String text = phrase.text();
    int space = text.lastIndexOf(' ');
    String last = text.substring(space + 1);
    if (phrase.exact() || last.length() < 3 || !last.chars().allMatch(Character::isLetter)) {
      return variants;
    }
    for (String ending : STEM_ENDINGS) {
      variants.add(text + ending);
    }
    return variants;
  }

  /**
   * The singular a lemmatizer would give for a regular English plural ("officials", "rights",
   * "activities"); words that only look plural ("press", "status", "analysis") stay.
   */
  public static String singular(String word) {
    if (word.length() <= 3 || !word.endsWith("s")) {
      return word;
    }
    if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
      return word;
    }
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) {
      return word.substring(0, word.length() - 2);
    }
    return word.substring(0, word.length() - 1);
  }

  /** The phrase with its last word in the regular English plural ("congress" to "congresses"). */
  public static String plural(String phrase) {
    if (phrase.matches(".*(s|x|z|ch|sh)")) {
      return phrase + "es";
    }
    if (phrase.matches(".*[^aeiou]y")) {
      return phrase.substring(0, phrase.length() - 1) + "ies";
    }
    return phrase + "s";
  }

  /** Every word of a space-separated phrase made singular (agent nouns are matched on lemmas). */
  public static String singularWords(String phrase) {
    List<String> words = new ArrayList<>();
    for (String word : phrase.split(" ")) {
      words.add(singular(word));
    }
    return String.join(" ", words);
  }
}
