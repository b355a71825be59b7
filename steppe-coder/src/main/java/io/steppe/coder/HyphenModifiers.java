package io.steppe.coder;

import io.steppe.actors.ActorResolver;
import io.steppe.actors.Resolution;
import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Hyphenated modifiers that only describe a named head: in "NATO-member Norway" or "Hamas-run Gaza"
 * the name before the hyphen is not the actor; the head wins when it resolves on its own. The
 * parser splits such words at the hyphen ("NATO - member"), so spans are read by position. ("The
 * Saudi-led coalition" is the leader's: {@link Phrase} keeps the word before "-led" in the phrase.)
 */
final class HyphenModifiers {
  private HyphenModifiers() {}

  /**
   * The phrase's actor read past its hyphenated modifier, or null to resolve it as written. The
   * actor keeps the phrase's whole text.
   */
  static @Nullable Resolution resolve(
      Tree tree, ActorResolver resolver, Token head, List<Token> tokens, @Nullable LocalDate date) {
    int hyphen = lastHyphenBefore(head, tokens);
    if (!head.isProperNoun() || hyphen < 1 || hyphen + 2 >= tokens.size()) {
      return null;
    }
    if (tokens.get(hyphen + 1).index() == head.index()) {
      return null;
    }
    List<Token> kept = tokens.subList(hyphen + 2, tokens.size());
    Resolution resolution = resolver.resolve(kept, Phrase.text(tree, tokens), date);
    return resolution.isNamed() ? resolution : null;
  }

  /** The position in {@code tokens} of the last "-" before the head, or -1. */
  private static int lastHyphenBefore(Token head, List<Token> tokens) {
    int found = -1;
    for (int i = 0; i < tokens.size() && tokens.get(i).index() < head.index(); i++) {
      if (tokens.get(i).word().equals("-")) {
        found = i;
      }
    }
    return found;
  }
}
