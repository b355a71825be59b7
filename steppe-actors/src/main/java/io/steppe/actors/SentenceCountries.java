package io.steppe.actors;

import io.steppe.actors.Entry.Kind;
import io.steppe.actors.WordIndex.Word;
import io.steppe.model.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The countries a sentence names by name, adjective or capital ("Syrian officers", "the north
 * Lebanese port", "Beirut"): what a town name several countries share leans toward. Read only when
 * a name is shared, with one dictionary lookup per word.
 */
final class SentenceCountries {
  private SentenceCountries() {}

  static Set<String> of(ActorDictionary dictionary, List<Token> sentence) {
    Set<String> countries = new HashSet<>();
    int i = 0;
    while (i < sentence.size()) {
      i += nameAt(dictionary, sentence, i, countries);
    }
    return countries;
  }

  /** Adds the country of the longest name at {@code start}; returns how many words it spans. */
  private static int nameAt(
      ActorDictionary dictionary, List<Token> sentence, int start, Set<String> countries) {
    String raw = sentence.get(start).word();
    Word word = dictionary.word(raw);
    if (word == null) {
      return 1;
    }
    boolean caseOk = !word.caseSensitive() || raw.equals(raw.toUpperCase(Locale.ROOT));
    Entry longest = caseOk ? word.name() : null;
    int length = 1;
    WordTree<Entry> node = word.names();
    for (int end = start + 1; end < sentence.size(); end++) {
      node = node.next(dictionary.word(sentence.get(end).word()));
      if (node == null) {
        break;
      }
      if (node.value() != null) {
        longest = node.value();
        length = end - start + 1;
      }
    }
    if (longest != null && isCountryName(longest.kind())) {
      String country = longest.roles().get(0).country();
      if (country != null && dictionary.isCountry(country)) {
        countries.add(country);
      }
    }
    return length;
  }

  private static boolean isCountryName(Kind kind) {
    return kind == Kind.COUNTRY || kind == Kind.ADJECTIVE || kind == Kind.CAPITAL;
  }
}
