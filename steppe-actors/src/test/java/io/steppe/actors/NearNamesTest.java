package io.steppe.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearNamesTest {
  private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.bundled());
  private static final LocalDate DAY = LocalDate.of(2025, 6, 13);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // a letter left out, added, changed, two swapped
        "Ethopia; ETH",
        "Quatar's emir; QATGOV",
        "the Phillippines; PHL",
        "Venezeula; VEN",
        "Ghanians; GHA",
        "rebels in Afganistan; AFGREB",
      })
  void resolve_countryOneLetterOff_givesCountry(String text, String code) {
    assertThat(RESOLVER.resolve(text, DAY).actor().code()).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({
    // a tie: one letter from both Gambia and Zambia
    "Xambia",
    // a different first letter: names, not misspellings
    "Roland",
    // a different last letter: other words, not misspellings
    "Franco",
    "Persian",
    "Argentino",
    // too short to tell from other words
    "Irak",
    "Chana",
    // lower case: an ordinary word
    "ethopia",
    // next to another unknown capitalised word: part of a person's name
    "Marian Hossa",
    "Ethopia Kebede",
    // two letters off
    "Etopai",
  })
  void resolve_notNearOneCountry_staysUnknown(String text) {
    assertThat(RESOLVER.resolve(text, DAY).actor().isKnown()).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "President Francois Mitterand; FRAGOV",
        "Abdelaziz Bouteflicka; DZA",
        "President Laurent Gbago; CIVGOV",
      })
  void resolve_fullNameLastWordOneLetterOff_givesPerson(String text, String code) {
    assertThat(RESOLVER.resolve(text, DAY).actor().code()).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({
    // no first name to anchor the surname: surnames one letter apart are common
    "Mitterand",
    // another first letter
    "Francois Hitterrand",
    // two letters off
    "Francois Mittterand",
  })
  void resolve_surnameNotAnchored_staysUnknown(String text) {
    assertThat(RESOLVER.resolve(text, DAY).actor().isKnown()).isFalse();
  }

  @Test
  void resolve_knownName_isNeverRespelt() {
    // Gambia and Zambia are one letter apart: each keeps its own country.
    assertThat(RESOLVER.resolve("Gambia", DAY).actor().code()).isEqualTo("GMB");
    assertThat(RESOLVER.resolve("Zambia", DAY).actor().code()).isEqualTo("ZMB");
    assertThat(RESOLVER.resolve("Nigerien", DAY).actor().code()).isEqualTo("NER");
  }

  @Test
  void resolve_oneToken_sameAsPhrase() {
    Token token = new Token(0, "Ethopia", "Ethopia", "NNP", "O", 0, 7, -1, "root");
    assertThat(RESOLVER.resolve(List.of(token), "Ethopia", DAY).actor().code()).isEqualTo("ETH");
  }

  @ParameterizedTest
  @CsvSource({
    "ethiopia, ethopia, true",
    "qatar, quatar, true",
    "venezuela, venezeula, true",
    "gambia, zambia, true",
    "ethiopia, etiopai, false",
    "qatar, qatra, true",
    "qatar, qtaar, true",
    "qatar, qatar, true",
    "afghanistan, afganistan, true",
    "afghanistan, afganistn, false",
  })
  void withinOne_damerau(String a, String b, boolean near) {
    assertThat(EditDistance.withinOne(a, b)).isEqualTo(near);
    assertThat(EditDistance.withinOne(b, a)).isEqualTo(near);
  }
}
