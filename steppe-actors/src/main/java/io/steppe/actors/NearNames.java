package io.steppe.actors;

import io.steppe.actors.Entry.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Countries written one letter wrong, as news wires do ("Ethopia", "Quatar", "Afganistan"): a
 * capitalised word the dictionary does not know stands for a country when it is one edit (a letter
 * left out, added, changed, or two neighbours swapped) from exactly one country's one-word name or
 * demonym. Asked only about unknown words, so known words cost nothing.
 *
 * <p>Guards against taking a real word for a misspelling: the word has at least {@link #MIN_WORD}
 * letters and the name at least {@link #MIN_NAME}; the edit is inside the word, whose first and
 * last letters are the name's (misspellings keep them, while other words differ there: "Roland" is
 * not "Poland", "Franco" not "France", "Persian" not "Persia"); a tie between two countries
 * ("Xambia": Gambia or Zambia) gives nothing, and a word next to another unknown capitalised word
 * is part of a name ("Marian Hossa") rather than a country.
 */
final class NearNames {
  static final int MIN_WORD = 6;
  static final int MIN_NAME = 5;

  /** A near match: the entry words [index, index + length) of the phrase stand for. */
  record Match(Entry entry, int index, int length) {}

  /** Names longer than this are not indexed: no country's one-word name is. */
  private static final int MAX_LENGTH = 31;

  /**
   * Names by first letter, last letter and length (a-z only), so that most unknown words are turned
   * away by one array read and the others are compared with a handful of names.
   */
  private final List<Named>[] buckets;

  private record Named(String name, Entry entry) {}

  @SuppressWarnings("unchecked")
  NearNames(Map<String, Entry> names) {
    List<Named>[] index = new List[26 * 26 * (MAX_LENGTH + 1)];
    names.forEach(
        (key, entry) -> {
          boolean country = entry.kind() == Kind.COUNTRY || entry.kind() == Kind.ADJECTIVE;
          int slot = slot(key, key.length());
          if (country && key.length() >= MIN_NAME && slot >= 0 && isLetters(key)) {
            if (index[slot] == null) {
              index[slot] = new ArrayList<>(2);
            }
            index[slot].add(new Named(key, entry));
          }
        });
    this.buckets = index;
  }

  /** The bucket of names with the word's first and last letters and this length, or -1. */
  private static int slot(String word, int length) {
    int first = Character.toLowerCase(word.charAt(0)) - 'a';
    int last = Character.toLowerCase(word.charAt(word.length() - 1)) - 'a';
    boolean letters = first >= 0 && first < 26 && last >= 0 && last < 26;
    return letters && length <= MAX_LENGTH ? (first * 26 + last) * (MAX_LENGTH + 1) + length : -1;
  }

  /** Whether some country name has the word's first and last letters and a length one off. */
  private boolean mayBeNear(String raw) {
    for (int length = raw.length() - 1; length <= raw.length() + 1; length++) {
      int slot = slot(raw, length);
      if (slot >= 0 && buckets[slot] != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word as written could be a misspelt country at all: cheap enough to ask of every
   * unknown word before the phrase is looked at further.
   */
  static boolean candidate(String raw) {
    return isCapitalisedWord(raw, MIN_WORD);
  }

  /** Whether the word has at least {@code minLength} letters, only letters, the first a capital. */
  static boolean isCapitalisedWord(String raw, int minLength) {
    return raw.length() >= minLength && Character.isUpperCase(raw.charAt(0)) && isLetters(raw);
  }

  /**
   * The first word of a phrase none of whose words the dictionary knows that is a near country
   * name, or null: no dictionary lookup, and one array read for most words.
   *
   * @param strange which words are proper nouns the dictionary does not know at all
   */
  @Nullable Match findUnknown(String[] raw, boolean[] strange) {
    return findCountry(raw, strange);
  }

  /**
   * The first known name of several words the phrase finishes with a word one letter off ({@link
   * NearFullNames}), else the first word that is a near country name, or null.
   *
   * @param raw the phrase's words as written
   * @param strange which words are proper nouns the dictionary does not know at all: only they can
   *     be misspelt, so the resolver's lookups are not made again
   * @param dictionary asked only about the names a misspelt word may finish
   */
  @Nullable Match find(String[] raw, boolean[] strange, ActorDictionary dictionary) {
    for (int i = 1; i < raw.length; i++) {
      Match match =
          strange[i] && NearFullNames.candidate(raw[i])
              ? NearFullNames.find(raw, i, dictionary)
              : null;
      if (match != null) {
        return match;
      }
    }
    return findCountry(raw, strange);
  }

  private @Nullable Match findCountry(String[] raw, boolean[] strange) {
    for (int i = 0; i < raw.length; i++) {
      boolean near = strange[i] && candidate(raw[i]) && mayBeNear(raw[i]);
      Match match = near ? near(raw[i], i) : null;
      if (match != null && !inName(strange, i)) {
        return match;
      }
    }
    return null;
  }

  /** Whether a neighbour is another proper noun the dictionary does not know. */
  private static boolean inName(boolean[] strange, int i) {
    return i > 0 && strange[i - 1] || i + 1 < strange.length && strange[i + 1];
  }

  private @Nullable Match near(String raw, int index) {
    // Compared as written, ignoring case: lowering every word would cost an allocation each.
    String word = NameKey.isAscii(raw) ? raw : NameKey.normalise(raw);
    Named found = null;
    for (int length = word.length() - 1; length <= word.length() + 1; length++) {
      int slot = slot(word, length);
      for (Named named : slot < 0 || buckets[slot] == null ? List.<Named>of() : buckets[slot]) {
        if (!EditDistance.withinOne(word, named.name())) {
          continue;
        }
        if (found != null && !country(found).equals(country(named))) {
          return null;
        }
        found = found == null ? named : found;
      }
    }
    return found == null ? null : new Match(found.entry(), index, 1);
  }

  private static String country(Named named) {
    String country = named.entry().roles().get(0).country();
    return country == null ? "" : country;
  }

  private static boolean isLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
