package io.steppe.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A place name several countries share leans toward the countries the sentence names. */
class SharedPlaceNamesTest {
  private static final PlaceResolver PLACES =
      new PlaceResolver(ActorDictionary.bundled(), Gazetteer.bundled());

  @ParameterizedTest(name = "{0} in ''{2}'' -> {3}")
  @CsvSource(
      delimiter = ';',
      value = {
        // a capital: the sentence names the country of a sizeable namesake
        "Tripoli; ; gunmen fought in Tripoli as shells hit the north Lebanese port; LBN",
        "Tripoli; ; gunmen fought in Tripoli; LBY",
        "Tripoli; ; Libyan gunmen fought in Tripoli; LBY",
        // the phrase itself names the country
        "Tripoli in northern Lebanon; ; gunmen fought in Tripoli in northern Lebanon; LBN",
        // an actor's own country is no clue for a capital: US envoys in Athens are in Greece
        "Athens; USA; US envoys met in Athens; GRC",
        // a small namesake in a named country does not take a capital
        "Paris; ; Texas officials met in Paris; FRA",
      })
  void resolve_sharedName_leansToSentence(
      String place, String actors, String sentence, String country) {
    Set<String> actorCountries = actors == null ? Set.of() : Set.of(actors);
    Place found = PLACES.resolve(List.of(place.split(" ")), actorCountries, tokens(sentence));
    assertThat(found).isNotNull();
    assertThat(found.country()).isEqualTo(country);
  }

  private static List<Token> tokens(String sentence) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String word : sentence.split(" ")) {
      tokens.add(
          new Token(
              tokens.size(), word, word, "NN", "O", offset, offset + word.length(), -1, "dep"));
      offset += word.length() + 1;
    }
    return tokens;
  }
}
