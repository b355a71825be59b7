package io.steppe.coder.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Expands synonym-set references ({@code &CURRENCY}) in a pattern into one word list per member,
 * members themselves possibly phrases or further sets. The number of expansions of one pattern is
 * capped: a pattern naming several large sets is kept only for its first {@value #CAP}
 * combinations.
 */
final class Synsets {
  static final int CAP = 32;
  private static final int DEPTH = 4;

  private final Map<String, List<String>> sets;
  private boolean truncated;

  Synsets(Map<String, List<String>> sets) {
    this.sets = sets;
  }

  /** The pattern's tokens, split around brackets: "(ON", "X)" become "(", "ON", "X", ")". */
  static List<String> tokens(String text) {
    String spaced = text.replaceAll("([(){}])", " $1 ").strip();
    return spaced.isEmpty() ? List.of() : List.of(spaced.split("\\s+"));
  }

  /** Every expansion of the tokens, or null when a set is not defined. */
  @Nullable List<List<String>> expand(List<String> tokens) {
    truncated = false;
    return expand(tokens, 0);
  }

  boolean truncated() {
    return truncated;
  }

  private @Nullable List<List<String>> expand(List<String> tokens, int depth) {
    List<List<String>> result = new ArrayList<>();
    result.add(List.of());
    for (String token : tokens) {
      List<List<String>> alternatives = alternatives(token, depth);
      if (alternatives == null) {
        return null;
      }
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : result) {
        for (List<String> alternative : alternatives) {
          if (next.size() == CAP) {
            truncated = true;
            break;
          }
          List<String> joined = new ArrayList<>(prefix);
          joined.addAll(alternative);
          next.add(joined);
        }
      }
      result = next;
    }
    return result;
  }

  private @Nullable List<List<String>> alternatives(String token, int depth) {
    if (!token.startsWith("&")) {
      return List.of(List.of(token));
    }
    List<String> members = sets.get(token.toUpperCase(Locale.ROOT));
    if (members == null || depth >= DEPTH) {
      return null;
    }
    List<List<String>> alternatives = new ArrayList<>();
    for (String member : members) {
      List<List<String>> expanded = expand(tokens(member), depth + 1);
      if (expanded != null) {
        alternatives.addAll(expanded);
      }
    }
    return alternatives;
  }
}
