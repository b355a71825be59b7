package io.steppe.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.model.SteppeException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCodecTest {
  @Test
  void decode_encodedTokens_givesThemBack() {
    List<Token> tokens =
        List.of(
            new Token(0, "Tajikistan", "Tajikistan", "NNP", "LOCATION", 0, 10, 1, "nsubj"),
            new Token(1, "condemned", "condemn", "VBD", "O", 11, 20, -1, "root"),
            new Token(2, "Israel’s", "Israel’s", "NNP", "O", 21, 29, 1, "obj"));

    assertThat(TokenCodec.decode(TokenCodec.encode(tokens))).isEqualTo(tokens);
  }

  @Test
  void decode_noTokens_givesAnEmptyList() {
    assertThat(TokenCodec.decode(TokenCodec.encode(List.of()))).isEmpty();
  }

  @Test
  void decode_damagedBytes_saysSo() {
    assertThatThrownBy(() -> TokenCodec.decode(new byte[] {1, 2, 3}))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("damaged");
  }
}
