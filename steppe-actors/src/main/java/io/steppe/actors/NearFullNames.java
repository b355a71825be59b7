package io.steppe.actors;

import org.jspecify.annotations.Nullable;

/**
 * A known name of several words whose last word is written one letter wrong: "President Francois
 * Mitterand", "Abdelaziz Bouteflicka". The words before it must be the name's own, exactly, so the
 * misspelt word only finishes a name the phrase has begun; its first and last letters are the
 * name's, and one name alone must be that close.
 */
final class NearFullNames {
  /** A misspelt last word has at least this many letters. */
  static final int MIN_WORD = 5;

  /** How many exact words may come before the misspelt one. */
  private static final int MAX_BEFORE = 2;

  private NearFullNames() {}

  /** The name finished by the word at {@code index} one letter off, or null. */
  static NearNames.@Nullable Match find(String[] raw, int index, ActorDictionary dictionary) {
    String word = null;
    for (int start = index - 1; start >= 0 && start >= index - MAX_BEFORE; start--) {
      WordTree<Entry> node = prefix(raw, start, index, dictionary);
      if (node != null && node.hasNext()) {
        word = word == null ? NameKey.normalise(raw[index]) : word;
        Entry entry = nearChild(node, word);
        if (entry != null) {
          return new NearNames.Match(entry, start, index - start + 1);
        }
      }
    }
    return null;
  }

  /** Whether the word could be a misspelt last word of a name. */
  static boolean candidate(String raw) {
    return NearNames.isCapitalisedWord(raw, MIN_WORD);
  }

  /** The name tree after words [start, end), or null when no name begins so. */
  private static @Nullable WordTree<Entry> prefix(
      String[] raw, int start, int end, ActorDictionary dictionary) {
    // Names are written capitalised: a lower-case word begins none worth a lookup.
    if (raw[start].isEmpty() || !Character.isUpperCase(raw[start].charAt(0))) {
      return null;
    }
    WordIndex.Word first = dictionary.word(raw[start]);
    WordTree<Entry> node = first == null ? null : first.names();
    for (int i = start + 1; node != null && i < end; i++) {
      node = node.next(dictionary.word(raw[i]));
    }
    return node;
  }

  /** The one complete name a word one edit from {@code word} finishes here, or null. */
  private static @Nullable Entry nearChild(WordTree<Entry> node, String word) {
    Entry found = null;
    for (int i = 0; i < node.childCount(); i++) {
      String name = node.childWord(i).key();
      Entry entry = node.child(i).value();
      boolean ends =
          name.length() > 1
              && name.charAt(0) == word.charAt(0)
              && name.charAt(name.length() - 1) == word.charAt(word.length() - 1);
      if (entry != null && ends && EditDistance.withinOne(word, name)) {
        if (found != null && found != entry) {
          return null;
        }
        found = entry;
      }
    }
    return found;
  }
}
