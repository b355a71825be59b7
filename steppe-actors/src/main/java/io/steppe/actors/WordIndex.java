package io.steppe.actors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * For each normalised word, all the resolver needs to know about it from one lookup: the names it
 * starts and the agent phrases it ends, as trees of the words that follow or precede it, and
 * whether it ends a phrase's head or puts an office in the past. Most words of a phrase are in no
 * name at all, and the resolver asks about every word, so the lookup takes the word as written and
 * folds its case as it hashes and compares: no lower-case copy is made for a plain ASCII word.
 */
final class WordIndex {
  /**
   * Prepositions that end the head of a phrase: a name after them is a place or a partner ("the
   * Chinese embassy in Astana", "the Russian ambassador to Kazakhstan"), not the actor, unless the
   * head names nobody ("the regime in Tehran").
   */
  private static final Set<String> HEAD_ENDS =
      Set.of(
          "to", "in", "at", "near", "inside", "outside", "on", "over", "against", "with", "toward",
          "towards", "for", "into", "across");

  /** Words that put the office after them in the past: a former president governs nothing. */
  private static final Set<String> PAST = Set.of("former", "ex", "late", "ousted", "deposed");

  /** Tokens that join a name's words but never start one. */
  private static final Set<String> JOINERS = Set.of("'s", ",");

  /**
   * What one word can be. Words that only continue a name or an agent phrase are here too, so that
   * the trees can be walked by reference.
   */
  static final class Word {
    private final String key;
    private final WordTree<Entry> names = new WordTree<>();
    private final WordTree<String> sectors = new WordTree<>();
    private final boolean caseSensitive;
    private final boolean headEnd;
    private final boolean past;
    private final boolean joiner;
    private boolean indexed;

    private Word(String key, boolean caseSensitive) {
      this.key = key;
      this.caseSensitive = caseSensitive;
      this.headEnd = HEAD_ENDS.contains(key);
      this.past = PAST.contains(key);
      this.joiner = JOINERS.contains(key);
    }

    /** The word, normalised. */
    String key() {
      return key;
    }

    /** The names starting with the word; the root's value is the word alone as a name. */
    WordTree<Entry> names() {
      return names;
    }

    /** The agent phrases (lemmas) ending with the word, read backwards. */
    WordTree<String> sectors() {
      return sectors;
    }

    /** The name that is this word alone, or null. */
    @Nullable Entry name() {
      return names.value();
    }

    /** The sector the word alone gives as an agent noun, or null. */
    @Nullable String sector() {
      return sectors.value();
    }

    /** Whether the one-word name counts only when written in capitals. */
    boolean caseSensitive() {
      return caseSensitive;
    }

    /** Whether the word starts a name or ends an agent phrase. */
    boolean indexed() {
      return indexed;
    }

    /** Whether the word is a preposition that ends a phrase's head. */
    boolean endsHead() {
      return headEnd;
    }

    /** Whether the word puts the office after it in the past ("former"). */
    boolean putsInPast() {
      return past;
    }

    /** Whether the word joins a name's words and never starts a name ("'s", the comma). */
    boolean isJoiner() {
      return joiner;
    }
  }

  /**
   * Open addressing: each slot's folded hash, 0 for an empty slot (hashes of 0 are stored as 1).
   */
  private final int[] hashes;

  private final Word[] words;
  private final int mask;

  WordIndex(Map<String, Entry> names, Map<String, String> sectors, Set<String> caseSensitive) {
    Map<String, Word> index = new LinkedHashMap<>();
    for (Set<String> functionWords : java.util.List.of(HEAD_ENDS, PAST)) {
      for (String word : functionWords) {
        index.computeIfAbsent(word, key -> new Word(key, caseSensitive.contains(key)));
      }
    }
    for (Map.Entry<String, Entry> name : names.entrySet()) {
      Word[] parts = words(name.getKey(), index, caseSensitive);
      parts[0].indexed = true;
      parts[0].names.add(parts, 0, 1, name.getValue());
    }
    for (Map.Entry<String, String> sector : sectors.entrySet()) {
      Word[] parts = words(sector.getKey(), index, caseSensitive);
      int last = parts.length - 1;
      parts[last].indexed = true;
      parts[last].sectors.add(parts, last, -1, sector.getValue());
    }
    int capacity = Integer.highestOneBit(Math.max(4, index.size() * 3)) << 1;
    this.hashes = new int[capacity];
    this.words = new Word[capacity];
    this.mask = capacity - 1;
    for (Word word : index.values()) {
      int hash = foldedHash(word.key);
      int slot = hash & mask;
      while (hashes[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      hashes[slot] = hash;
      words[slot] = word;
    }
  }

  private static Word[] words(String phrase, Map<String, Word> index, Set<String> caseSensitive) {
    String[] parts = phrase.split(" ");
    Word[] words = new Word[parts.length];
    for (int i = 0; i < parts.length; i++) {
      words[i] = index.computeIfAbsent(parts[i], key -> new Word(key, caseSensitive.contains(key)));
    }
    return words;
  }

  /**
   * What the word can be, or null when it is in no name and no agent phrase; the word may be
   * written in any case, and is normalised as {@link NameKey#normalise} does.
   */
  @Nullable Word get(String written) {
    int hash = 0;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c >= 128) {
        // Accents and curly apostrophes: rare enough to fold the slow way.
        return getNormal(NameKey.normalise(written));
      }
      hash = 31 * hash + lower(c);
    }
    hash = hash == 0 ? 1 : hash;
    // A word in no name, most words, costs one read of the hash array.
    for (int slot = hash & mask, stored; (stored = hashes[slot]) != 0; slot = (slot + 1) & mask) {
      if (stored == hash && equalsFolded(words[slot].key, written)) {
        return words[slot];
      }
    }
    return null;
  }

  private @Nullable Word getNormal(String normal) {
    int hash = foldedHash(normal);
    for (int slot = hash & mask, stored; (stored = hashes[slot]) != 0; slot = (slot + 1) & mask) {
      if (stored == hash && words[slot].key.equals(normal)) {
        return words[slot];
      }
    }
    return null;
  }

  private static int foldedHash(String word) {
    int hash = 0;
    for (int i = 0; i < word.length(); i++) {
      hash = 31 * hash + lower(word.charAt(i));
    }
    return hash == 0 ? 1 : hash;
  }

  private static boolean equalsFolded(String key, String written) {
    if (key.length() != written.length()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != lower(written.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
