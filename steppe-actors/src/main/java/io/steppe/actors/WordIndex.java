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

  /** The most letters a slot records; longer keys (none are) are compared from the word too. */
  private static final int MAX_LENGTH = 255;

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
   * Open addressing, one long per slot: the word's folded hash in the high half (hashes of 0 are
   * stored as 1), where its letters start in {@link #letters} and how many there are in the low
   * half; 0 for an empty slot. A lookup reads this array and the letters, which sit side by side,
   * and touches the {@link Word} only once the word is found: the resolver runs between the coder's
   * own work, with little of the index left in the cache.
   */
  private final long[] slots;

  /**
   * One bit per folded hash (65,536 bits, 8 KB), set for every word in the index: small enough to
   * stay in cache between the coder's calls, it turns most absent words away before the slots,
   * which are sixteen times larger, are read.
   */
  private final long[] filter = new long[1 << 10];

  private final char[] letters;
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
    this.slots = new long[capacity];
    this.words = new Word[capacity];
    this.mask = capacity - 1;
    StringBuilder all = new StringBuilder();
    for (Word word : index.values()) {
      int hash = foldedHash(word.key);
      int slot = hash & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      // Keys are single words: far under 256 letters, and all of them under 16 million.
      int length = Math.min(word.key.length(), MAX_LENGTH);
      slots[slot] = (long) hash << 32 | (long) all.length() << 8 | length;
      int bit = filterBit(hash);
      filter[bit >>> 6] |= 1L << bit;
      words[slot] = word;
      all.append(word.key, 0, length);
    }
    this.letters = all.toString().toCharArray();
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
    return find(hash == 0 ? 1 : hash, written);
  }

  private @Nullable Word getNormal(String normal) {
    return find(foldedHash(normal), normal);
  }

  private @Nullable Word find(int hash, String written) {
    int bit = filterBit(hash);
    if ((filter[bit >>> 6] & 1L << bit) == 0) {
      return null;
    }
    for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      long stored = slots[slot];
      if ((int) (stored >>> 32) == hash && equalsFolded(stored, written)) {
        Word word = words[slot];
        // A key past MAX_LENGTH letters is compared in full, from the word itself.
        return word.key.length() <= MAX_LENGTH || word.key.equals(NameKey.normalise(written))
            ? word
            : null;
      }
    }
    return null;
  }

  /** The filter's bit for a hash: its top 16 bits after a multiplicative mix. */
  private static int filterBit(int hash) {
    return (hash * 0x9E3779B9) >>> 16;
  }

  private static int foldedHash(String word) {
    int hash = 0;
    for (int i = 0; i < word.length(); i++) {
      hash = 31 * hash + lower(word.charAt(i));
    }
    return hash == 0 ? 1 : hash;
  }

  /** Whether the slot's letters are the written word's, folded to lower case. */
  private boolean equalsFolded(long slot, String written) {
    int length = (int) (slot & 0xFF);
    if (length != Math.min(written.length(), MAX_LENGTH)) {
      return false;
    }
    int start = (int) (slot >>> 8 & 0xFFFFFF);
    for (int i = 0; i < length; i++) {
      if (letters[start + i] != lower(written.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
