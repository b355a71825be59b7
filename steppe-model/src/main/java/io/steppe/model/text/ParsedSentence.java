package io.steppe.model.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens and dependency parse.
 *
 * @param index 0-based position in the document
 * @param text the sentence as written
 * @param begin character offset of the sentence in the document text
 */
public record ParsedSentence(int index, String text, int begin, List<Token> tokens) {

  public ParsedSentence {
    tokens = List.copyOf(tokens);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** Tokens whose governor is {@code head}, in sentence order. */
  public List<Token> children(int head) {
    List<Token> result = new ArrayList<>();
    for (Token token : tokens) {
      if (token.head() == head) {
        result.add(token);
      }
    }
    return result;
  }

  /** The text from the start of token {@code from} to the end of token {@code to}. */
  public String text(int from, int to) {
    return text.substring(tokens.get(from).begin(), tokens.get(to).end());
  }
}
