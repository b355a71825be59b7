package io.steppe.coder;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodingScreenTest {
  private final CodingScreen screen = new CodingScreen(Lexicon.bundled());

  @Test
  void select_lexiconVerbWithItsWords_parses() {
    assertThat(screen.isCodable(tokens("Iran/NNP condemned/VBD:condemn the/DT strikes/NNS:strike")))
        .isTrue();
    assertThat(screen.isCodable(tokens("They/PRP held/VBD:hold talks/NNS:talk in/IN Baku/NNP")))
        .isTrue();
  }

  @Test
  void select_headWithoutTheWordsItsPatternsNeed_skips() {
    // Every "hold" pattern asks for an object such as "talk" or "vigil".
    assertThat(screen.isCodable(tokens("The/DT bank/NN held/VBD:hold rates/NNS:rate steady/JJ")))
        .isFalse();
  }

  @Test
  void select_particleVerbWithoutItsParticle_skips() {
    // "rise" heads only "rise up against {target}".
    assertThat(screen.isCodable(tokens("Prices/NNS:price rose/VBD:rise sharply/RB"))).isFalse();
    assertThat(screen.isCodable(tokens("Crowds/NNS:crowd rose/VBD:rise up/RP against/IN it/PRP")))
        .isTrue();
  }

  @Test
  void select_reportingVerbOrAccordingTo_parses() {
    assertThat(screen.isCodable(tokens("Officials/NNS:official said/VBD:say nothing/NN"))).isTrue();
    assertThat(screen.isCodable(tokens("according/VBG:accord to/TO reports/NNS:report"))).isTrue();
  }

  @Test
  void select_sentencesBeforeACodableOne_parsesTheThreeNearestThatNameSomeone() {
    List<List<Token>> sentences =
        List.of(
            tokens("Astana/NNP is/VBZ:be cold/JJ"),
            tokens("Tokayev/NNP spoke/VBD:speak late/RB"),
            tokens("Snow/NN fell/VBD:fall"),
            tokens("Mirziyoyev/NNP arrived/VBD:arrive"),
            tokens("Japarov/NNP left/VBD:leave"),
            tokens("He/PRP condemned/VBD:condemn the/DT attack/NN"),
            tokens("Snow/NN fell/VBD:fall"));

    BitSet parsed = screen.select(sentences);

    assertThat(parsed.stream().boxed().toList()).containsExactly(1, 3, 4, 5);
  }

  @Test
  void select_interviewLabel_parses() {
    BitSet parsed = screen.select(List.of(tokens("Knyazev/NNP :/: Yes/UH")));

    assertThat(parsed.get(0)).isTrue();
  }

  /** "word/TAG" or "word/TAG:lemma", separated by spaces. */
  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String item : text.split(" ")) {
      int slash = item.lastIndexOf('/');
      String word = item.substring(0, slash);
      String[] tagAndLemma = item.substring(slash + 1).split(":", 2);
      String lemma = tagAndLemma.length > 1 ? tagAndLemma[1] : word;
      int index = tokens.size();
      tokens.add(
          new Token(
              index, word, lemma, tagAndLemma[0], "O", offset, offset + word.length(), -1, "dep"));
      offset += word.length() + 1;
    }
    return tokens;
  }
}
