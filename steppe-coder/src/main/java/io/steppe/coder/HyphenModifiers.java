package io.steppe.coder;

import io.steppe.actors.ActorResolver;
import io.steppe.actors.Resolution;
import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Hyphenated modifiers that name someone other than the phrase's actor. "Vietnamese-led forces" are
 * the Vietnamese forces: the leader names whose they are. "NATO-member Norway", "Hamas-run Gaza": a
 * name before the hyphen only describes the named head, which wins when it resolves. The parser
 * splits such words at the hyphen ("NATO - member"), so spans are read by position.
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
    if (hyphen < 0 || hyphen + 1 >= tokens.size()) {
      return null;
    }
    Token after = tokens.get(hyphen + 1);
    if (after.index() == head.index()) {
      return null;
    }
    boolean led = after.lemma().equals("lead") || after.word().equalsIgnoreCase("led");
    List<Token> kept;
    String keptText = Phrase.text(tree, tokens);
    if (led) {
      // "Vietnamese-led forces": drop "-led", keep the leader (which the parse may hang outside
      // the phrase) as the forces' own modifier.
      kept = new ArrayList<>(tokens);
      kept.remove(hyphen + 1);
      kept.remove(hyphen);
      int leader = tokens.get(hyphen).index() - 1;
      if (leader >= 0 && kept.stream().noneMatch(t -> t.index() == leader)) {
        kept.add(tree.tokens().get(leader));
        kept.sort(Comparator.comparingInt(Token::index));
        keptText = tree.sentence().text().substring(kept.get(0).begin(), head.end());
      }
    } else if (head.isProperNoun() && hyphen >= 1) {
      // "NATO-member Norway": the words up to the hyphenated modifier only describe the head.
      kept = new ArrayList<>(tokens.subList(hyphen + 2, tokens.size()));
    } else {
      return null;
    }
    if (kept.isEmpty()) {
      return null;
    }
    Resolution resolution = resolver.resolve(kept, keptText, date);
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
