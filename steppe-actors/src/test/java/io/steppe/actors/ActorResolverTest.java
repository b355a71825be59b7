package io.steppe.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorResolverTest {
  private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.bundled());
  private static final ActorResolver PLACES =
      new ActorResolver(ActorDictionary.bundled(), Gazetteer.bundled());

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Iran's foreign ministry spokesperson; 2025-11-10; IRNGOV",
        "Israeli jets; 2025-06-13; ISRMIL",
        "Kazakh protesters; 2025-06-13; KAZOPP",
        "Donald Trump; 2025-06-22; USAGOV",
        "Donald Trump; 2022-05-01; USA",
        "Mirziyoyev; 2025-06-14; UZBGOV",
        "the Kremlin; 2025-06-14; RUSGOV",
        "the Pentagon; 2025-06-22; USAMIL",
        "the Zionist regime; 2025-06-20; ISRGOV",
        "Astana; 2025-11-10; KAZGOV",
        "Tajikistan; 2025-06-13; TJK",
        "US; 2025-06-13; USA",
        "the Abraham Accords; 2025-11-10; ABR",
        // Longest names and agent phrases, not their prefixes or their last words alone.
        "United Arab Emirates; 2025-06-13; ARE",
        "the United Arab; 2025-06-13; ''",
        "the defence minister of Iran; 2025-06-13; IRNMIL",
        "Russia's security forces; 2025-06-13; RUSCOP",
      })
  void resolve_knownMention_givesCode(String text, LocalDate date, String code) {
    assertThat(RESOLVER.resolve(text, date).actor().code()).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({"us", "who", "the ministry", "four states", "Alexander Pushkinovich", "-", "' '"})
  void resolve_notAnActorName_staysUnknown(String text) {
    assertThat(RESOLVER.resolve(text, LocalDate.of(2025, 6, 13)).actor().isKnown()).isFalse();
  }

  /**
   * One-word phrases take a shorter path; a hyphen after the word sends the same word down the
   * general one, which skips hyphens.
   */
  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '"',
      value = {
        "Israel, Israel, NNP",
        "US, US, NNP",
        "us, we, PRP",
        "officials, official, NNS",
        "troops, troops, NNS",
        "Iranian, Iranian, JJ",
        "in, in, IN",
        "Kremlin, Kremlin, NNP",
        "'s, 's, POS",
        "Samarra, Samarra, NNP"
      })
  void resolve_oneWord_asInLongerPhrase(String word, String lemma, String pos) {
    Token token = new Token(0, word, lemma, pos, "O", 0, word.length(), -1, "root");
    Token hyphen =
        new Token(1, "-", "-", "HYPH", "O", word.length(), word.length() + 1, 0, "punct");
    LocalDate date = LocalDate.of(2025, 6, 13);
    for (ActorResolver resolver : List.of(RESOLVER, PLACES)) {
      assertThat(resolver.resolve(List.of(token), word, date))
          .isEqualTo(resolver.resolve(List.of(token, hyphen), word, date));
    }
  }
}
