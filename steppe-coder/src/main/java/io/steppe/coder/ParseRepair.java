package io.steppe.coder;

import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Mends a parse error CoreNLP makes often in news prose: in "refrained from condemning Israel" or
 * "stopped short of cutting ties with Israel" it reads the gerund as an adjective of the noun after
 * it ("condemning" as amod of "Israel"). The gerund is rewired as the clause it is: the preposition
 * marks it, the noun is its object, and it hangs where the noun hung.
 */
final class ParseRepair {
  private ParseRepair() {}

  static ParsedSentence repair(ParsedSentence sentence) {
    List<Token> tokens = new ArrayList<>(sentence.tokens());
    boolean changed = false;
    for (Token gerund : sentence.tokens()) {
      if (!gerund.pos().equals("VBG") || !gerund.relation().equals("amod") || gerund.head() < 0) {
        continue;
      }
      Token noun = sentence.token(gerund.head());
      Token preposition = prepositionBefore(sentence, noun, gerund);
      if (preposition != null && noun.head() >= 0) {
        tokens.set(gerund.index(), rewire(gerund, noun.head(), "advcl"));
        tokens.set(preposition.index(), rewire(preposition, gerund.index(), "mark"));
        tokens.set(noun.index(), rewire(noun, gerund.index(), "obj"));
        changed = true;
      }
    }
    return changed
        ? new ParsedSentence(sentence.index(), sentence.text(), sentence.begin(), tokens)
        : sentence;
  }

  private static @org.jspecify.annotations.Nullable Token prepositionBefore(
      ParsedSentence sentence, Token noun, Token gerund) {
    for (Token token : sentence.tokens()) {
      boolean before = token.index() < gerund.index();
      if (token.head() == noun.index()
          && token.relation().equals("case")
          && before
          && token.pos().equals("IN")) {
        return token;
      }
    }
    return null;
  }

  private static Token rewire(Token token, int head, String relation) {
    return new Token(
        token.index(),
        token.word(),
        token.lemma(),
        token.pos(),
        token.ner(),
        token.begin(),
        token.end(),
        head,
        relation);
  }
}
