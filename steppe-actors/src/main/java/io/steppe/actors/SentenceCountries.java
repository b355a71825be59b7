package io.steppe.actors;

import io.steppe.actors.Entry.Kind;
import io.steppe.model.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The countries a sentence names by name, adjective or capital ("Syrian officers", "the north
 * Lebanese port", "Beirut"): what a town name several countries share leans toward. Read only when
 * a name is shared.
 */
final class SentenceCountries {
  private SentenceCountries() {}

  static Set<String> of(ActorDictionary dictionary, List<Token> sentence) {
    Set<String> countries = new HashSet<>();
    // The names the resolver would find in the sentence read as one phrase.
    for (ActorResolver.NameMatch name : ActorResolver.names(PhraseWords.of(sentence, dictionary))) {
      Entry entry = name.entry();
      String country = isCountryName(entry.kind()) ? entry.roles().get(0).country() : null;
      if (country != null && dictionary.isCountry(country)) {
        countries.add(country);
      }
    }
    return countries;
  }

  private static boolean isCountryName(Kind kind) {
    return kind == Kind.COUNTRY || kind == Kind.ADJECTIVE || kind == Kind.CAPITAL;
  }
}
