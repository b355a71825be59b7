package io.steppe.actors;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * For each normalised word, all the resolver needs to know about it from one lookup: how long the
 * names it starts and the agent phrases it ends can be, and the one-word name and agent noun it is.
 * Most words of a phrase are in no name at all, and the resolver asks about every word.
 */
final class WordIndex {
  /**
   * What one word can be.
   *
   * @param longestName the longest name starting with the word, in words; 0 when none does
   * @param longestSector the longest agent phrase ending with the word (a lemma); 0 when none does
   * @param name the name that is this word alone, or null
   * @param caseSensitive whether that name counts only when written in capitals
   * @param sector the sector the word alone gives as an agent noun, or null
   */
  record Word(
      int longestName,
      int longestSector,
      @Nullable Entry name,
      boolean caseSensitive,
      @Nullable String sector) {
    static final Word NONE = new Word(0, 0, null, false, null);
  }

  private final Map<String, Word> words;

  WordIndex(Map<String, Entry> names, Map<String, String> sectors, Set<String> caseSensitive) {
    Map<String, Word> index = new HashMap<>();
    for (Map.Entry<String, Entry> name : names.entrySet()) {
      String[] parts = name.getKey().split(" ");
      Word old = index.getOrDefault(parts[0], Word.NONE);
      boolean single = parts.length == 1;
      index.put(
          parts[0],
          new Word(
              Math.max(old.longestName(), parts.length),
              old.longestSector(),
              single ? name.getValue() : old.name(),
              single ? caseSensitive.contains(parts[0]) : old.caseSensitive(),
              old.sector()));
    }
    for (Map.Entry<String, String> sector : sectors.entrySet()) {
      String[] parts = sector.getKey().split(" ");
      String last = parts[parts.length - 1];
      Word old = index.getOrDefault(last, Word.NONE);
      index.put(
          last,
          new Word(
              old.longestName(),
              Math.max(old.longestSector(), parts.length),
              old.name(),
              old.caseSensitive(),
              parts.length == 1 ? sector.getValue() : old.sector()));
    }
    this.words = index;
  }

  /** What the word can be, or null when it is in no name and ends no agent phrase. */
  @Nullable Word get(String word) {
    return words.get(word);
  }
}
