package io.steppe.actors;

import io.steppe.actors.Entry.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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

  /** A near match: the entry the word at {@code index} of the phrase stands for. */
  record Match(Entry entry, int index, String name) {}

  /** Names by first letter and length, so a word is compared with a handful of names. */
  private final Map<Integer, List<Named>> buckets;

  private record Named(String name, Entry entry) {}

  NearNames(Map<String, Entry> names) {
    Map<Integer, List<Named>> index = new HashMap<>();
    names.forEach(
        (key, entry) -> {
          boolean country = entry.kind() == Kind.COUNTRY || entry.kind() == Kind.ADJECTIVE;
          if (country && key.length() >= MIN_NAME && isLetters(key)) {
            index
                .computeIfAbsent(bucket(key.charAt(0), key.length()), b -> new ArrayList<>(4))
                .add(new Named(key, entry));
          }
        });
    this.buckets = index;
  }

  /**
   * Whether the word as written could be a misspelt country at all: cheap enough to ask of every
   * unknown word before the phrase is looked at further.
   */
  static boolean candidate(String raw) {
    return raw.length() >= MIN_WORD && Character.isUpperCase(raw.charAt(0)) && isLetters(raw);
  }

  /** Whether any word of the phrase is a {@link #candidate(String)}. */
  static boolean anyCandidate(String[] raw) {
    for (String word : raw) {
      if (candidate(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first word of the phrase that is a near country name, or null.
   *
   * @param raw the phrase's words as written
   * @param dictionary asked only about candidates and their neighbours
   */
  @Nullable Match find(String[] raw, ActorDictionary dictionary) {
    Predicate<String> known = word -> knows(dictionary, word);
    for (int i = 0; i < raw.length; i++) {
      if (candidate(raw[i]) && !known.test(raw[i]) && !inName(raw, known, i)) {
        Match match = near(raw[i], i);
        if (match != null) {
          return match;
        }
      }
    }
    return null;
  }

  /** Whether the dictionary knows the word as written, as a name or agent noun. */
  private static boolean knows(ActorDictionary dictionary, String raw) {
    String normal = NameKey.normalise(raw);
    return dictionary.word(normal) != null || dictionary.word(Lemmas.singular(normal)) != null;
  }

  /** Whether a neighbour is another capitalised word the dictionary does not know. */
  private static boolean inName(String[] raw, Predicate<String> known, int i) {
    return unknownCapital(raw, known, i - 1) || unknownCapital(raw, known, i + 1);
  }

  private static boolean unknownCapital(String[] raw, Predicate<String> known, int i) {
    return i >= 0
        && i < raw.length
        && !raw[i].isEmpty()
        && Character.isUpperCase(raw[i].charAt(0))
        && !known.test(raw[i]);
  }

  private @Nullable Match near(String raw, int index) {
    String word = NameKey.normalise(raw);
    Named found = null;
    for (int length = word.length() - 1; length <= word.length() + 1; length++) {
      for (Named named : buckets.getOrDefault(bucket(word.charAt(0), length), List.of())) {
        String name = named.name();
        boolean sameEnd = name.charAt(name.length() - 1) == word.charAt(word.length() - 1);
        if (!sameEnd || !EditDistance.withinOne(word, name)) {
          continue;
        }
        if (found != null && !country(found).equals(country(named))) {
          return null;
        }
        found = found == null ? named : found;
      }
    }
    return found == null ? null : new Match(found.entry(), index, found.name());
  }

  private static String country(Named named) {
    String country = named.entry().roles().get(0).country();
    return country == null ? "" : country;
  }

  private static int bucket(char first, int length) {
    return first << 8 | Math.min(length, 255);
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
