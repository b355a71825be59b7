package io.steppe.coder.petrarch;

import io.steppe.actors.petrarch.TabariWords;
import io.steppe.coder.Lexicon;
import io.steppe.coder.petrarch.VerbFile.Verb;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Translates one PETRARCH pattern (tokens already free of synonym sets) into Steppe patterns for
 * one verb of its block.
 *
 * <ul>
 *   <li>Words before and after the verb marker {@code *} become words that must depend on the verb;
 *       nouns are made singular, as Steppe matches lemmas. {@code (PREP noun)} and {@code
 *       {compound}} groups give their words; {@code ^} (skip a phrase, so {@code (AT ^)} does not
 *       place the target) and {@code %} (compound actor) are dropped.
 *   <li>{@code +} after the verb, and a preposition alone in parentheses ({@code (WITH)}), place
 *       the target: {@code prep {target}}, or the object when no preposition comes before it.
 *   <li>{@code $} (source) before the verb is the subject, which Steppe always takes. A source
 *       after the verb or a target before it cannot be written in Steppe's patterns: skipped.
 *   <li>Without a marked target, PETRARCH takes the first actor after the verb. Steppe needs the
 *       place, so the pattern is entered once with the object as target and once per preposition of
 *       {@link #AFTER_WORDS} (or, for a verb alone, {@link #AFTER_VERB}) before the target.
 * </ul>
 */
final class PatternTranslator {
  /**
   * Prepositions tried for the target after the pattern's own words; earlier ones win ties. Kept
   * short: each one is a Steppe pattern per verb of the block and per synonym combination.
   */
  static final List<String> AFTER_WORDS =
      List.of("with", "against", "at", "to", "toward", "into", "on", "from", "of");

  /**
   * For a verb with no words of its own, prepositions that rarely compete with an object target:
   * "to", "on", "for" and "of" are left out because "urge Bree to help", "vowed on Thursday" or
   * "condemned Israel for" would otherwise take the target from the wrong phrase.
   */
  static final List<String> AFTER_VERB =
      List.of(
          "with", "against", "at", "toward", "towards", "into", "upon", "from", "between", "in");

  private static final String TARGET = "{target}";

  /** The Steppe patterns, or the reason none can be written. */
  record Translation(List<String> patterns, String skipped) {
    static Translation skip(String reason) {
      return new Translation(List.of(), reason);
    }
  }

  private PatternTranslator() {}

  static Translation translate(Verb verb, List<String> tokens) {
    int star = tokens.indexOf("*");
    if (star < 0) {
      return Translation.skip("pattern without the verb marker *");
    }
    List<String> before = tokens.subList(0, star);
    List<String> after = tokens.subList(star + 1, tokens.size());
    if (before.contains("+")) {
      return Translation.skip("target before the verb");
    }
    if (after.contains("$")) {
      return Translation.skip("source after the verb");
    }
    List<String> elements = new ArrayList<>(verb.words());
    for (String token : before) {
      addWords(token, elements);
    }
    boolean hasTarget = addAfter(after, elements);
    String base = String.join(" ", prepend(verb.head(), elements));
    Set<String> patterns = new LinkedHashSet<>();
    if (hasTarget) {
      patterns.add(base);
      return new Translation(List.copyOf(patterns), "");
    }
    patterns.add(base + " " + TARGET);
    boolean bare = words(after).isEmpty();
    for (String prep : bare ? AFTER_VERB : AFTER_WORDS) {
      patterns.add(base + " " + prep + " " + TARGET);
    }
    return new Translation(List.copyOf(patterns), "");
  }

  /** Adds what follows the verb; returns whether it placed the target. */
  private static boolean addAfter(List<String> after, List<String> elements) {
    boolean target = false;
    int i = 0;
    while (i < after.size()) {
      String token = after.get(i);
      if (token.equals("(") || token.equals("{")) {
        int close = closing(after, i);
        List<String> group = after.subList(i + 1, close);
        target = token.equals("(") ? addGroup(group, elements, target) : addAll(group, elements);
        i = close + 1;
        continue;
      }
      if (token.equals("+") && !target) {
        elements.add(TARGET);
        target = true;
      } else {
        addWords(token, elements);
      }
      i++;
    }
    return target;
  }

  /** A parenthesised phrase: a preposition alone (or with {@code +}) introduces the target. */
  private static boolean addGroup(List<String> group, List<String> elements, boolean target) {
    List<String> words = words(group);
    if (words.isEmpty()) {
      return target;
    }
    boolean prep = Lexicon.isPreposition(words.get(0));
    // "(AT ^)" skips the phrase "at" introduces: only a bare "(WITH)" or "(WITH +)" places it.
    boolean bare = words.size() == 1 && !group.contains("^");
    boolean introducesTarget = prep && (bare || group.contains("+"));
    for (String word : words) {
      elements.add(word);
      if (introducesTarget && !target && word.equals(words.get(0))) {
        elements.add(TARGET);
        target = true;
      }
    }
    return target;
  }

  private static boolean addAll(List<String> group, List<String> elements) {
    elements.addAll(words(group));
    return elements.contains(TARGET);
  }

  private static int closing(List<String> tokens, int open) {
    String close = tokens.get(open).equals("(") ? ")" : "}";
    int at = tokens.subList(open, tokens.size()).indexOf(close);
    return at < 0 ? tokens.size() : open + at;
  }

  /** The words of tokens, markers dropped, as lemmas Steppe would see. */
  private static List<String> words(List<String> tokens) {
    List<String> words = new ArrayList<>();
    for (String token : tokens) {
      addWords(token, words);
    }
    return words;
  }

  private static void addWords(String token, List<String> into) {
    if (token.matches("[$+%^*(){}]+")) {
      return;
    }
    String plain = token.endsWith("_") ? token.substring(0, token.length() - 1) : token;
    for (String part : plain.toLowerCase(Locale.ROOT).split("_+")) {
      if (!part.isEmpty()) {
        into.add(Lexicon.isPreposition(part) ? part : TabariWords.singular(part));
      }
    }
  }

  private static List<String> prepend(String head, List<String> elements) {
    List<String> all = new ArrayList<>();
    all.add(head);
    all.addAll(elements);
    return all;
  }
}
