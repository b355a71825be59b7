package io.steppe.coder;

import io.steppe.coder.PatternMatcher.Match;
import io.steppe.model.text.Token;
import java.util.Set;

/**
 * A statement that another actor must or should do something ("Russia said Sudan must return the
 * helicopter") is a demand made of that actor, as CAMEO codes it: the statement's match is read as
 * CAMEO 100 with the obliged clause's subject as its target.
 */
final class Obligations {
  private static final Set<String> STATEMENTS =
      Set.of("say", "state", "declare", "insist", "stress", "add", "tell", "write", "reiterate");
  private static final Set<String> MODALS = Set.of("must", "should");
  private static final String DEMAND = "100";

  private Obligations() {}

  /** The match read as a demand when the statement obliges someone named, else the match. */
  static Match read(Tree tree, Token verb, Match match) {
    LexiconEntry entry = match.entry();
    if (!entry.code().startsWith("01") || !STATEMENTS.contains(Tree.lower(verb))) {
      return match;
    }
    for (Token clause : tree.children(verb)) {
      Token subject = tree.child(clause, Set.of("nsubj", "nsubj:pass"));
      boolean obliges =
          clause.relation().equals("ccomp")
              && tree.hasChild(clause, "aux", MODALS)
              && subject != null
              && !subject.pos().startsWith("PRP");
      if (obliges) {
        LexiconEntry demand =
            new LexiconEntry(
                DEMAND,
                entry.kind(),
                entry.head(),
                entry.elements(),
                entry.pattern() + " + " + Tree.lower(clause) + " with " + "must/should",
                entry.origin(),
                null);
        return new Match(demand, null, "", match.consumed());
      }
    }
    return match;
  }
}
