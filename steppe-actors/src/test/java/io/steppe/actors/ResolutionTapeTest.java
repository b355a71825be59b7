package io.steppe.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.model.SteppeException;
import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionTapeTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 13);

  private static List<Token> phrase(String... words) {
    Token[] tokens = new Token[words.length];
    for (int i = 0; i < words.length; i++) {
      tokens[i] = new Token(i, words[i], words[i], "NNP", "O", 0, 0, -1, "root");
    }
    return List.of(tokens);
  }

  @Test
  void replay_givesTheRecordedAnswersInOrder_roundAndRound() {
    ResolutionTape tape = new ResolutionTape();
    ActorResolver resolver = ActorResolver.taped(ActorDictionary.bundled(), tape);
    Resolution iran = resolver.resolve(phrase("Iran"), "Iran", DAY);
    Resolution israel = resolver.resolve(phrase("Israel"), "Israel", DAY);
    tape.rewind();

    assertThat(resolver.resolve(phrase("Iran"), "Iran", DAY)).isSameAs(iran);
    assertThat(resolver.resolve(phrase("Israel"), "Israel", DAY)).isSameAs(israel);
    assertThat(resolver.resolve(phrase("Iran"), "Iran", DAY)).isSameAs(iran);
    assertThat(iran.actor().code()).isEqualTo("IRN");
    assertThat(tape.calls())
        .extracting(ResolutionTape.Call::text)
        .containsExactly("Iran", "Israel");
  }

  @Test
  void replay_ofAnotherPhrase_failsNamingBoth() {
    ResolutionTape tape = new ResolutionTape();
    ActorResolver resolver = ActorResolver.taped(ActorDictionary.bundled(), tape);
    resolver.resolve(phrase("Iran"), "Iran", DAY);
    tape.rewind();

    assertThatThrownBy(() -> resolver.resolve(phrase("Israel"), "Israel", DAY))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("'Iran'")
        .hasMessageContaining("'Israel'");
  }

  @Test
  void taped_resolvesAsTheResolverDoes() {
    ResolutionTape tape = new ResolutionTape();
    ActorResolver taped = ActorResolver.taped(ActorDictionary.bundled(), tape);
    ActorResolver plain = new ActorResolver(ActorDictionary.bundled());
    List<Token> words = phrase("Kassym", "Jomart", "Tokayev");

    assertThat(taped.resolve(words, "Kassym-Jomart Tokayev", DAY))
        .isEqualTo(plain.resolve(words, "Kassym-Jomart Tokayev", DAY));
  }
}
