package io.steppe.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plurals inside names: "Teachers" tagged NNPS, "Congresses", "Workers' Party". */
class PluralWordsTest {
  private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.bundled());
  private static final LocalDate DAY = LocalDate.of(2025, 6, 13);

  @ParameterizedTest
  @CsvSource({
    "congresses, congress",
    "businesses, business",
    "teachers, teacher",
    "troops, troop",
    "status, status"
  })
  void singular(String plural, String singular) {
    assertThat(Lemmas.singular(plural)).isEqualTo(singular);
  }

  @Test
  void resolve_capitalisedPluralAgentNoun_givesSector() {
    // CoreNLP tags "Teachers" in "the Kenya Union of Teachers" NNPS and leaves its lemma as is.
    Resolution resolution = RESOLVER.resolve(tokens("Kenya Union of Teachers", "NNPS"), "", DAY);
    assertThat(resolution.actor().code()).isEqualTo("KENEDU");
  }

  @Test
  void resolve_pluralPossessiveInName_matchesName() {
    assertThat(RESOLVER.resolve("the Kurdistan Workers' Party", DAY).actor().code())
        .isEqualTo("TURREBPKK");
    List<Token> split = tokens("Kurdistan Workers ' Party", "NNP");
    assertThat(RESOLVER.resolve(split, "", DAY).actor().code()).isEqualTo("TURREBPKK");
  }

  /** Tokens of the words, the last plural one with the given tag. */
  private static List<Token> tokens(String text, String pluralTag) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String word : text.split(" ")) {
      String pos = word.endsWith("s") && !word.equals("of") ? pluralTag : "NNP";
      tokens.add(
          new Token(
              tokens.size(), word, word, pos, "O", offset, offset + word.length(), -1, "dep"));
      offset += word.length() + 1;
    }
    return tokens;
  }
}
