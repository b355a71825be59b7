package io.steppe.coder;

import io.steppe.coder.ActorFinder.Found;
import io.steppe.coder.PatternMatcher.Match;
import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds whom an event is done to. The lexicon pattern says where its target is; when that place is
 * empty, or holds a phrase that names no actor, a careful coder reads on along the clause: the
 * verb's object ("rejected North Korea's demand"), a directed prepositional phrase of the verb or
 * of its object ("offered help to Mozambique", "suspended part of its aid program for Bosnia"), the
 * clause an offer, promise, threat or refusal governs ("threatened to cut off power to X"), and,
 * for a demand, the subject of the demanded clause ("demanded that Hamas renounce violence").
 */
final class TargetFinder {
  /**
   * Prepositions that point at whom something is done to; "in", "near" name places, and "between"
   * the parties of what is asked for ("called for a ceasefire between X and Y"), not its addressee.
   */
  private static final Set<String> DIRECTED =
      Set.of(
          "to", "against", "with", "toward", "towards", "on", "upon", "into", "for", "from", "over",
          "at");

  /** Prepositions read through, but whose nominal is no target itself ("part of", "war in"). */
  private static final Set<String> THROUGH = Set.of("of", "in");

  /**
   * CAMEO roots of reactions to another's act ("condemned the strikes on Iran"): the victim inside
   * their object is not their target.
   */
  private static final Set<String> REACTIONS = Set.of("05", "11", "12", "14");

  private static final Set<String> OBJECTS = Set.of("obj", "iobj");
  private static final int DEPTH = 3;

  /** A token that may name the target, and how it was reached. */
  private record Candidate(Token token, String path) {}

  private final ActorFinder actors;
  private final Lexicon lexicon;

  TargetFinder(ActorFinder actors, Lexicon lexicon) {
    this.actors = actors;
    this.lexicon = lexicon;
  }

  /** The targets of a matched verb or noun; empty when the clause names none. */
  List<Found> find(Tree tree, Match match, Token head, @Nullable LocalDate day, Discourse memory) {
    List<Found> found =
        match.target() == null || isDate(match.target())
            ? List.of()
            : actors.find(tree, match.target(), day, memory);
    if (found.stream().anyMatch(f -> f.actor().isKnown())) {
      return found;
    }
    String root = match.entry().code().substring(0, 2);
    List<Candidate> candidates = new ArrayList<>();
    if (match.target() != null) {
      inside(tree, match.target(), !REACTIONS.contains(root), candidates, 0);
    } else if (head.isVerb()) {
      ofClause(tree, head, match, root, candidates);
    } else {
      inside(tree, head, true, candidates, 0);
    }
    for (Candidate candidate : candidates) {
      List<Found> known = known(tree, candidate, day, memory);
      if (!known.isEmpty()) {
        return known;
      }
    }
    return found;
  }

  private List<Found> known(
      Tree tree, Candidate candidate, @Nullable LocalDate day, Discourse memory) {
    List<Found> known = new ArrayList<>();
    if (isDate(candidate.token())) {
      return known;
    }
    for (Found found : actors.find(tree, candidate.token(), day, memory)) {
      // An actor from an earlier sentence is a guess about the clause, not something it names.
      if (found.actor().isKnown() && !found.fromContext()) {
        String path = candidate.path() + (found.path().isEmpty() ? "" : " (" + found.path() + ")");
        known.add(new Found(found.actor(), found.head(), path, false));
      }
    }
    return known;
  }

  /** Candidates of a verb whose pattern names no target, nearest first. */
  private void ofClause(Tree tree, Token verb, Match match, String root, List<Candidate> into) {
    boolean ownAct = !REACTIONS.contains(root);
    for (Token word : match.consumed()) {
      // "summoned the German ambassador": the object the pattern names is whom it is done to.
      if (word.relation().equals("obj") || word.relation().equals("nsubj:pass")) {
        into.add(new Candidate(word, word.relation() + " -> target"));
      }
    }
    for (Token word : match.consumed()) {
      inside(tree, word, true, into, 1);
    }
    arguments(tree, verb, match.consumed(), ownAct, into);
    for (Token child : tree.children(verb)) {
      // The clause an offer, promise, threat or refusal governs is the subject's own act.
      if (child.relation().equals("xcomp") && child.isVerb()) {
        arguments(tree, child, List.of(), true, into);
      }
    }
    if (root.equals("10")) {
      demanded(tree, verb, into);
    }
  }

  /** The verb's objects and directed prepositional phrases, and what these contain. */
  private void arguments(
      Tree tree, Token verb, List<Token> consumed, boolean ownAct, List<Candidate> into) {
    for (Token child : tree.children(verb)) {
      boolean object = OBJECTS.contains(child.relation()) && !consumed.contains(child);
      if (object) {
        into.add(new Candidate(child, "obj of " + Tree.lower(verb) + " -> target"));
        inside(tree, child, ownAct, into, 1);
      } else if (Tree.base(child.relation()).equals("obl") && directed(tree, child)) {
        into.add(new Candidate(child, tree.caseOf(child) + " -> target"));
        inside(tree, child, ownAct, into, 1);
      }
    }
  }

  /** "demanded that the US cancel the sale": the one the demand is made of. */
  private static void demanded(Tree tree, Token verb, List<Candidate> into) {
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

  /**
   * The directed prepositional phrases inside a nominal ("aid to Mozambique"). Inside a reaction's
   * object only when that object is no event of its own: the victim of "the strikes on Iran" is not
   * whom their condemnation targets.
   */
  private void inside(Tree tree, Token nominal, boolean ownAct, List<Candidate> into, int depth) {
    if (depth > DEPTH || (!ownAct && lexicon.isEventNoun(Tree.lower(nominal)))) {
      return;
    }
    for (Token child : tree.children(nominal)) {
      String relation = child.relation();
      if (!Tree.base(relation).equals("nmod") || relation.equals("nmod:poss")) {
        continue;
      }
      String preposition = tree.caseOf(child);
      if (DIRECTED.contains(preposition)) {
        String path = preposition + " " + Tree.lower(nominal) + " -> target";
        into.add(new Candidate(child, path));
        inside(tree, child, ownAct, into, depth + 1);
      } else if (THROUGH.contains(preposition)) {
        inside(tree, child, ownAct, into, depth + 1);
      }
    }
  }

  private static boolean directed(Tree tree, Token nominal) {
    return DIRECTED.contains(tree.caseOf(nominal));
  }

  private static boolean isDate(Token token) {
    return token.ner().equals("DATE") || token.ner().equals("TIME") || DateFinder.isTemporal(token);
  }
}
