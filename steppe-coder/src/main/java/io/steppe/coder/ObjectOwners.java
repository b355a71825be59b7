package io.steppe.coder;

import io.steppe.coder.ActorFinder.Found;
import io.steppe.model.Actor;
import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads whose a thing is, whom it lies between and whom a complaint is about, for the target of an
 * act done to a thing rather than to an actor: "rejected Serbia's plan", "vetoed a Security Council
 * resolution", "ended its mediation between the militias", "complained over Israeli raids".
 */
final class ObjectOwners {
  private static final Set<String> POSSESSIVE = Set.of("nmod:poss", "det:poss");
  private static final Set<String> MODIFIERS = Set.of("amod", "compound");
  private static final Set<String> PARTIES = Set.of("between", "among", "amongst");
  private static final Set<String> ABOUT = Set.of("over", "about", "against");

  /** Sectors of a state's own bodies, which a country's name also stands for. */
  private static final Set<String> STATE = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");

  private ObjectOwners() {}

  /**
   * The owner or maker of a nominal: its possessor ("Serbia's"), its "by" phrase ("an admission by
   * Moscow"), or a proper-name modifier ("a Security Council resolution", "Israeli changes"), in
   * that order; null when it names none. A pronoun owns nothing here: "its plan" is its source's.
   */
  static @Nullable Token owner(Tree tree, Token nominal) {
    Token modifier = null;
    Token by = null;
    for (Token child : tree.children(nominal)) {
      String relation = child.relation();
      if (POSSESSIVE.contains(relation)) {
        return child.pos().startsWith("PRP") ? null : child;
      }
      if (Tree.base(relation).equals("nmod") && tree.caseOf(child).equals("by") && by == null) {
        by = child;
      }
      boolean named =
          child.isProperNoun()
              || (child.pos().equals("JJ") && Character.isUpperCase(child.word().charAt(0)));
      if (MODIFIERS.contains(relation) && named && modifier == null) {
        modifier = child;
      }
    }
    return by != null ? by : modifier;
  }

  /**
   * "demanded reforms by the government": a "by" phrase of an active verb is the misattached doer
   * of its object, since the verb's own doer is its subject.
   */
  static List<Token> activeBy(Tree tree, Token verb) {
    Token by = byPhrase(tree, verb);
    return by == null || tree.isPassive(verb) ? List.of() : List.of(by);
  }

  /** "the plan drafted by Azerbaijan", "land seized by the army": the doers of its participles. */
  static List<Token> clauseDoers(Tree tree, Token nominal) {
    List<Token> doers = new ArrayList<>();
    for (Token child : tree.children(nominal)) {
      Token by =
          child.relation().equals("acl") && child.pos().equals("VBN")
              ? byPhrase(tree, child)
              : null;
      if (by != null) {
        doers.add(by);
      }
    }
    return doers;
  }

  private static @Nullable Token byPhrase(Tree tree, Token verb) {
    return tree.phrase(verb, Set.of("obl"), Set.of("by"));
  }

  /** The parties a mediation lies between: "between" phrases of the verb and of its objects. */
  static List<Token> parties(Tree tree, Token verb, List<Token> consumed) {
    List<Token> holders = new ArrayList<>(consumed);
    holders.add(verb);
    for (Token child : tree.children(verb)) {
      if (child.relation().equals("obj")) {
        holders.add(child);
      }
    }
    List<Token> parties = new ArrayList<>();
    for (Token holder : holders) {
      for (Token party : tree.phrases(holder, Set.of("nmod", "obl"), PARTIES)) {
        if (!parties.contains(party)) {
          parties.add(party);
        }
      }
    }
    return parties;
  }

  /**
   * "complained to the UN over Israeli air raids": the phrases saying what a complaint is about.
   */
  static List<Token> about(Tree tree, Token verb) {
    return tree.phrases(verb, Set.of("obl"), ABOUT);
  }

  /**
   * The owner's actors that are not the source's: "Washington lifted the US embargo" is not done to
   * the United States.
   */
  static List<Found> notSource(List<Found> owners, List<Found> sources) {
    return owners.stream()
        .filter(o -> sources.stream().noneMatch(s -> same(o.actor(), s.actor(), isPeople(s))))
        .toList();
  }

  /**
   * "Algerian landowners": a common plural noun the dictionary knows only by its nationality names
   * some of a country's people, not the state, though its code is the country's.
   */
  private static boolean isPeople(Found source) {
    return source.actor().sector() == null && source.head().pos().equals("NNS");
  }

  /**
   * One actor, or a country and one of its own bodies; a government and a parliament differ, and so
   * do a state and its students, rebels or parties ("students demanded reforms by Indonesia").
   */
  private static boolean same(Actor owner, Actor source, boolean people) {
    if (owner.code().equals(source.code()) && !people) {
      return true;
    }
    boolean country =
        (owner.code().equals(owner.country()) && isState(source))
            || (source.code().equals(source.country()) && isState(owner));
    country &= !people;
    return country && owner.country() != null && owner.country().equals(source.country());
  }

  private static boolean isState(Actor actor) {
    return actor.sector() == null || STATE.contains(actor.sector());
  }
}
