package io.steppe.coder;

import io.steppe.coder.ActorFinder.Found;
import io.steppe.model.text.Token;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * PETRARCH's target for a pattern that places none: the first actor named after the verb among the
 * words the verb governs, or, for a passive verb (whose source is the "by" agent), its subject.
 * PETRARCH dictionaries are written for this reading, so patterns such as {@code - * HOPES} expect
 * the target wherever the sentence names it ("expressed hopes on Thursday that X ...").
 */
final class FollowingActor {
  /** Words inside a name's phrase: the phrase is tried through its head instead. */
  private static final Set<String> INSIDE_PHRASE =
      Set.of("compound", "flat", "amod", "nmod:poss", "det", "det:poss", "nummod", "case");

  private static final Set<String> CLAUSES = Set.of("advcl", "parataxis");
  private static final Set<String> LOWER_CLAUSES =
      Set.of("xcomp", "ccomp", "advcl", "acl", "parataxis", "csubj");

  private FollowingActor() {}

  /**
   * @param source the token the event's source was read from, never taken as the target
   * @param resolve the actors a token names
   */
  static List<Found> find(
      Tree tree, Token verb, Token source, Function<Token, List<Found>> resolve) {
    if (tree.isPassive(verb)) {
      Token subject = tree.child(verb, Set.of("nsubj:pass"));
      List<Found> found = subject == null ? List.of() : known(resolve.apply(subject));
      if (!found.isEmpty()) {
        return found;
      }
    }
    Token first = first(tree, verb, source, resolve);
    return first == null ? List.of() : known(resolve.apply(first));
  }

  /** The head of the first phrase after the verb, outside {@code excluded}, naming an actor. */
  static @Nullable Token first(
      Tree tree, Token verb, Token excluded, Function<Token, List<Found>> resolve) {
    return first(tree, verb, excluded, resolve, false);
  }

  /**
   * The agent PETRARCH reads for a passive without "by": the first actor after the verb in a phrase
   * of the verb's own clause, not in a clause below it ("was seen to break into X's parade").
   */
  static @Nullable Token firstInClause(
      Tree tree, Token verb, Token excluded, Function<Token, List<Found>> resolve) {
    return first(tree, verb, excluded, resolve, true);
  }

  private static @Nullable Token first(
      Tree tree,
      Token verb,
      Token excluded,
      Function<Token, List<Found>> resolve,
      boolean sameClause) {
    for (Token token : tree.tokens()) {
      if (token.index() > verb.index()
          && isPhraseHead(token)
          && inPhrase(tree, verb, token, sameClause)
          && !tree.dominates(excluded, token)
          && !known(resolve.apply(token)).isEmpty()) {
        return token;
      }
    }
    return null;
  }

  /**
   * Whether the verb governs the token other than through an adverbial clause of its own:
   * "postponed their meeting after X was seen in Y" names no target of the postponing.
   */
  private static boolean inPhrase(Tree tree, Token verb, Token token, boolean sameClause) {
    Token current = token;
    for (int guard = 0; current != null && guard < tree.tokens().size(); guard++) {
      if (current.index() == verb.index()) {
        return true;
      }
      boolean clause = CLAUSES.contains(current.relation()) && isOwnClause(tree, current);
      if (clause || (sameClause && LOWER_CLAUSES.contains(Tree.base(current.relation())))) {
        return false;
      }
      current = tree.head(current);
    }
    return false;
  }

  /** A clause with its own subject or subordinator; "vowed to wage war on X" is not one. */
  private static boolean isOwnClause(Tree tree, Token clause) {
    for (Token child : tree.children(clause)) {
      String relation = child.relation();
      boolean subordinator = relation.equals("mark") && !Tree.lower(child).equals("to");
      if (subordinator || Tree.base(relation).equals("nsubj")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPhraseHead(Token token) {
    boolean nominal = token.isNoun() || token.pos().equals("PRP");
    return nominal && !INSIDE_PHRASE.contains(token.relation());
  }

  private static List<Found> known(List<Found> found) {
    return found.stream().filter(f -> f.actor().isKnown()).toList();
  }
}
