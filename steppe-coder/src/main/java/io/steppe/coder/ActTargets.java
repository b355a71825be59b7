package io.steppe.coder;

import io.steppe.coder.TargetFinder.Candidate;
import io.steppe.model.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Where the clause of a kind of act names whom it is done to, beyond its objects and directed
 * phrases: the subject of a demanded clause, the condition of a threat, and what the protest a
 * violent act belongs to is against, and the doer of what an investigation looks into.
 */
final class ActTargets {
  private static final int DEPTH = 3;

  /** CAMEO root of investigations. */
  private static final String INVESTIGATE = "09";

  private ActTargets() {}

  /** "demanded that the US cancel it", "demanded reforms by the army": whom it is made of. */
  static void demanded(Tree tree, Token verb, List<Candidate> into) {
    ObjectOwners.activeBy(tree, verb).forEach(by -> into.add(Candidate.ownerOf(by, verb)));
    for (Token child : tree.children(verb)) {
      if (child.relation().equals("ccomp")) {
        Token subject = tree.child(child, Set.of("nsubj", "nsubj:pass"));
        if (subject != null) {
          into.add(
              new Candidate(subject, "subject of demanded " + Tree.lower(child) + " -> target"));
        }
      }
    }
  }

  /** "threatened to strike unless Israel withdrew": whom the threat's condition names. */
  static void conditions(Tree tree, Token verb, List<Candidate> into) {
    // The condition may hang on the threatened act or a clause inside it.
    for (Token clause : tree.descendants(verb, DEPTH)) {
      Token subject = tree.child(clause, Set.of("nsubj"));
      if (clause.relation().equals("advcl")
          && tree.hasChild(clause, "mark", Set.of("unless", "if"))
          && subject != null) {
        into.add(new Candidate(subject, "subject of condition -> target"));
      }
    }
  }

  /**
   * "threw stones during demonstrations against violations by the army": a protest act done during
   * a protest is against what that protest is against.
   */
  static void protested(Tree tree, Token verb, Lexicon lexicon, List<Candidate> into) {
    for (Token child : tree.children(verb)) {
      if (Tree.base(child.relation()).equals("obl") && isProtest(tree, child, lexicon)) {
        for (Token against : tree.phrases(child, Set.of("nmod"), Set.of("against"))) {
          into.add(new Candidate(against, "against " + Tree.lower(child) + " -> target"));
        }
      }
    }
  }

  private static boolean isProtest(Tree tree, Token noun, Lexicon lexicon) {
    return lexicon.nounPatterns(tree.tokens(), noun).stream()
        .anyMatch(entry -> entry.code().startsWith("14"));
  }

  /**
   * "investigating alleged war crimes by Croatian extremists against Serb civilians": an
   * investigation is done to whoever did what it looks into, not to that act's victims, so the doer
   * comes before the phrases inside the object.
   */
  static void investigated(Tree tree, Token object, String root, List<Candidate> into) {
    Token doer = root.equals(INVESTIGATE) ? ObjectOwners.owner(tree, object) : null;
    if (doer != null) {
      into.add(Candidate.ownerOf(doer, object));
    }
  }

  /**
   * "agreed to US mediation in talks with the Palestinians", "responded to Iran's proposal": the
   * act a verb's "to" phrase names, when it names whose it is, is answered to its doer, before
   * anything else the clause holds.
   */
  static void answered(
      Tree tree, Token verb, Lexicon lexicon, ActorFinder actors, List<Candidate> into) {
    for (Token act : tree.phrases(verb, Set.of("obl"), Set.of("to"))) {
      if (lexicon.isEventNoun(Tree.lower(act)) && actors.agentToken(tree, act) != null) {
        into.add(new Candidate(act, "to " + Tree.lower(act) + " -> target"));
      }
    }
  }
}
