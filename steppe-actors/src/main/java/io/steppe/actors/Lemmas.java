package io.steppe.actors;

import java.util.Map;

/**
 * A small stand-in for a lemmatiser when text arrives without one (the command line, tests): turns
 * the plural agent nouns of news into the singular lemmas sectors.tsv is written in.
 */
final class Lemmas {
  /** Plurals no suffix rule gets right. */
  private static final Map<String, String> IRREGULAR =
      Map.of(
          "children", "child",
          "people", "people",
          "police", "police",
          "media", "media",
          "yemen", "yemen");

  private Lemmas() {}

  /** The singular of a lower-case word; words that are not plurals come back unchanged. */
  static String singular(String word) {
    String irregular = IRREGULAR.get(word);
    if (irregular != null) {
      return irregular;
    }
    if (word.endsWith("men") && word.length() > 4) {
      // servicemen, gunmen, businessmen, women
      return word.substring(0, word.length() - 3) + "man";
    }
    if (word.endsWith("sses")) {
      // congresses, businesses, witnesses
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    // "news", "status", "analysis", "congress" end in s without being plurals.
    boolean notPlural =
        word.endsWith("ss") || word.endsWith("us") || word.endsWith("is") || word.endsWith("ews");
    if (word.endsWith("s") && !notPlural && word.length() > 3) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
