package io.steppe.actors;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * For each normalised word, all the resolver needs to know about it from one lookup: the names it
 * starts and the agent phrases it ends, as trees of the words that follow or precede it. Most words
 * of a phrase are in no name at all, and the resolver asks about every word.
 */
final class WordIndex {
  /**
   * What one word can be.
   *
   * @param names the names starting with the word; the root's value is the word alone as a name
   * @param sectors the agent phrases (lemmas) ending with the word, read backwards; the root's
   *     value is the sector the word alone gives
   * @param caseSensitive whether the one-word name counts only when written in capitals
   */
  record Word(WordTree<Entry> names, WordTree<String> sectors, boolean caseSensitive) {
    /** The name that is this word alone, or null. */
    @Nullable Entry name() {
      return names.value();
    }

    /** The sector the word alone gives as an agent noun, or null. */
    @Nullable String sector() {
      return sectors.value();
    }
  }

  private final Map<String, Word> words;

  WordIndex(Map<String, Entry> names, Map<String, String> sectors, Set<String> caseSensitive) {
    Map<String, Word> index = new HashMap<>();
    for (Map.Entry<String, Entry> name : names.entrySet()) {
      String[] parts = name.getKey().split(" ");
      Word word = index.computeIfAbsent(parts[0], first -> newWord(first, caseSensitive));
      word.names().add(parts, 0, 1, name.getValue());
    }
    for (Map.Entry<String, String> sector : sectors.entrySet()) {
      String[] parts = sector.getKey().split(" ");
      int last = parts.length - 1;
      Word word = index.computeIfAbsent(parts[last], end -> newWord(end, caseSensitive));
      word.sectors().add(parts, last, -1, sector.getValue());
    }
    this.words = index;
  }

  private static Word newWord(String word, Set<String> caseSensitive) {
    return new Word(new WordTree<>(), new WordTree<>(), caseSensitive.contains(word));
  }

  /** What the word can be, or null when it is in no name and ends no agent phrase. */
  @Nullable Word get(String word) {
    return words.get(word);
  }
}
