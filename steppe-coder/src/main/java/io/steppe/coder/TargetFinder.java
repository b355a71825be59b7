package io.steppe.coder;

import io.steppe.coder.ActorFinder.Found;
import io.steppe.coder.PatternMatcher.Match;
import io.steppe.model.Actor;
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
          "at", "about");

  /** Prepositions read through, but whose nominal is no target itself ("part of", "war in"). */
  private static final Set<String> THROUGH = Set.of("of", "in");

  /**
   * CAMEO roots of reactions to another's act ("condemned the strikes on Iran"): the victim inside
   * their object is not their target.
   */
  private static final Set<String> REACTIONS = Set.of("05", "11", "12", "14");

  /**
   * CAMEO roots of acts done to a place when no one else is named: yielding, threats, protests,
   * force and restrictions ("lifted the curfew in Montenegro", "demonstrated in Serbia", "struck
   * the airport in Sanaa" when the airport names no actor) are done to the country the place is in;
   * so are investigations ("inspectors monitored the work at a plant in Iran", "sent observers to
   * Georgia to investigate"). Talks or agreements in a place are only held there.
   */
  private static final Set<String> PLACE_ROOTS =
      Set.of("08", "09", "13", "14", "15", "16", "17", "18", "19", "20");

  /**
   * CAMEO codes of mediation, whose targets are the parties mediated between ("ended its mediation
   * between the rival militias"); for other acts "between" names no addressee.
   */
  private static final Set<String> MEDIATION = Set.of("045", "135", "165");

  /**
   * Official complaints: CAMEO targets whom they are about, not the body they are lodged with
   * ("complained to the UN over Israeli air raids" is done to Israel).
   */
  private static final Set<String> COMPLAINTS = Set.of("114");

  private static final Set<String> OBJECTS = Set.of("obj", "iobj");
  private static final int DEPTH = 3;

  /**
   * A token that may name the target, and how it was reached.
   *
   * @param place a place the act happened in: only its country is the target
   */
  record Candidate(Token token, String path, boolean place, boolean owner) {
    Candidate(Token token, String path) {
      this(token, path, false, false);
    }

    /** Whose the object is: a fallback that must not name the event's own source. */
    static Candidate ownerOf(Token owner, Token object) {
      return new Candidate(owner, "owner of " + Tree.lower(object) + " -> target", false, true);
    }

    /** Whom a complaint is about, which the complainant never is. */
    static Candidate accused(Tree tree, Token phrase) {
      return new Candidate(phrase, tree.caseOf(phrase) + " -> target (accused)", false, true);
    }
  }

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
    if (head.isVerb() && COMPLAINTS.contains(match.entry().code())) {
      List<Candidate> about = new ArrayList<>();
      ObjectOwners.about(tree, head).forEach(a -> about.add(Candidate.accused(tree, a)));
      List<Found> accused = first(tree, head, about, day, memory);
      if (!accused.isEmpty()) {
        return accused;
      }
    }
    if (found.stream().anyMatch(f -> f.actor().isKnown())) {
      return found;
    }
    String root = match.entry().code().substring(0, 2);
    List<Candidate> candidates = candidates(tree, match, head, root);
    // "Police arrested protesters in Nairobi": the protesters are whom it is done to, though the
    // dictionary gives them no country (the coder infers it later); the place is no target then.
    boolean agentNamed = found.stream().anyMatch(f -> actors.namesSector(tree, f.head(), day));
    if (PLACE_ROOTS.contains(root)
        && !agentNamed
        && (match.target() == null || !lexicon.petrarchReading())) {
      places(tree, head, match.consumed(), candidates);
    }
    // PETRARCH's dictionaries name places as actors, which it finds after the verb on its own.
    if (!root.equals("04") && !agentNamed && !lexicon.petrarchReading()) {
      described(tree, head, match, candidates);
    }
    List<Found> first = first(tree, head, candidates, day, memory);
    return first.isEmpty() ? found : first;
  }

  /** The phrases the clause gives for whom the act is done to, nearest first. */
  private List<Candidate> candidates(Tree tree, Match match, Token head, String root) {
    List<Candidate> candidates = new ArrayList<>();
    if (match.target() != null) {
      ActTargets.investigated(tree, match.target(), root, candidates);
      object(tree, match.target(), !REACTIONS.contains(root), candidates, 0);
      if (head.isVerb() && !REACTIONS.contains(root)) {
        // "confiscated weapons from Palestinian groups": whom the thing was taken from
        obliques(tree, head, !REACTIONS.contains(root), candidates);
      }
    } else if (head.isVerb()) {
      ofClause(tree, head, match, root, candidates);
    } else {
      inside(tree, head, true, candidates, 0);
      // "an appeal from Kyiv to Ankara": the agent is no target of its own event.
      Token agent = actors.agentToken(tree, head);
      candidates.removeIf(c -> agent != null && c.token().index() == agent.index());
    }
    if (head.isVerb() && MEDIATION.contains(match.entry().code())) {
      ObjectOwners.parties(tree, head, match.consumed())
          .forEach(p -> candidates.add(new Candidate(p, "between -> target")));
    }
    return candidates;
  }

  /** The actors of the nearest candidate that names any; empty when none does. */
  private List<Found> first(
      Tree tree,
      Token head,
      List<Candidate> candidates,
      @Nullable LocalDate day,
      Discourse memory) {
    List<Found> sources = null;
    for (Candidate candidate : candidates) {
      if ((candidate.owner() || candidate.place()) && sources == null) {
        sources = sources(tree, head, day, memory);
      }
      // "Pakistan and Afghanistan agreed a ceasefire in Doha": several sources act on each other.
      if (candidate.place() && sources.size() > 1) {
        continue;
      }
      List<Found> known = known(tree, candidate, day, memory);
      if (candidate.owner()) {
        known = ObjectOwners.notSource(known, sources);
      }
      if (!known.isEmpty()) {
        return known;
      }
    }
    return List.of();
  }

  private List<Found> known(
      Tree tree, Candidate candidate, @Nullable LocalDate day, Discourse memory) {
    List<Found> known = new ArrayList<>();
    if (isDate(candidate.token()) || !tree.mayName(candidate.token(), DEPTH)) {
      return known;
    }
    for (Found found : actors.find(tree, candidate.token(), day, memory)) {
      Actor actor = found.actor();
      // An actor from an earlier sentence is a guess about the clause, not something it names.
      if (!actor.isKnown() || found.fromContext()) {
        continue;
      }
      String path = candidate.path() + (found.path().isEmpty() ? "" : " (" + found.path() + ")");
      if (!candidate.place()) {
        known.add(new Found(actor, found.head(), path, false));
      } else if (actor.country() != null && actor.org() == null) {
        // "in Baghdad" names Iraq, not its government.
        Actor country = Actor.of(actor.country(), null, null, actor.text());
        known.add(new Found(country, found.head(), path, false));
      }
    }
    return known;
  }

  /** The places the act happened in: "in" phrases of the verb, its clause and its objects. */
  private static void places(Tree tree, Token head, List<Token> consumed, List<Candidate> into) {
    for (Token place : ActPlaces.happened(tree, head, consumed)) {
      into.add(new Candidate(place, "in -> target (place)", true, false));
    }
  }

  /**
   * Last, a place that describes whom or what the act is done to: "sent troops to a force in
   * Liberia" is done to Liberia, as CAMEO coders read it. Not for meetings, which are only held in
   * their place ("talks with officials in Geneva").
   */
  private static void described(Tree tree, Token head, Match match, List<Candidate> into) {
    for (Token place : ActPlaces.describing(tree, head, match.target(), DEPTH + 1)) {
      into.add(
          new Candidate(
              place, "in " + Tree.lower(tree.head(place)) + " -> target (place)", true, false));
    }
  }

  /** Candidates of a verb whose pattern names no target, nearest first. */
  private void ofClause(Tree tree, Token verb, Match match, String root, List<Candidate> into) {
    boolean ownAct = !REACTIONS.contains(root);
    if (root.equals("10")) {
      ActTargets.demanded(tree, verb, into);
    }
    for (Token word : match.consumed()) {
      // "summoned the German ambassador": the object the pattern names is whom it is done to.
      if (word.relation().equals("obj") || word.relation().equals("nsubj:pass")) {
        into.add(new Candidate(word, word.relation() + " -> target"));
      }
    }
    ActTargets.answered(tree, verb, lexicon, actors, into);
    for (Token word : match.consumed()) {
      // "summoned Niger's ambassador Ali": a word inside the object is owned by what the object is.
      if (OBJECTS.contains(word.relation())) {
        ActTargets.investigated(tree, word, root, into);
        object(tree, word, true, into, 1);
      } else {
        inside(tree, word, true, into, 1);
      }
    }
    Token patient = tree.isPassive(verb) ? tree.child(verb, Set.of("nsubj:pass")) : null;
    if (patient != null && !match.consumed().contains(patient)) {
      // "Armenia was criticised by Azerbaijan": the subject of a passive is whom it was done to.
      into.add(new Candidate(patient, "nsubj:pass -> target"));
    }
    arguments(tree, verb, match.consumed(), ownAct, into);
    for (Token child : tree.children(verb)) {
      // The clause an offer, promise, threat or refusal governs is the subject's own act.
      if (child.relation().equals("xcomp") && child.isVerb()) {
        arguments(tree, child, List.of(), true, into);
      }
    }
    if (root.equals("13")) {
      ActTargets.conditions(tree, verb, into);
    }
    if (root.equals("14")) {
      ActTargets.protested(tree, verb, lexicon, into);
    }
  }

  /** The verb's objects and directed prepositional phrases, and what these contain. */
  private void arguments(
      Tree tree, Token verb, List<Token> consumed, boolean ownAct, List<Candidate> into) {
    // "With the help of Qatar, Ethiopia and Eritrea agreed": a fronted scene names no target.
    Token subject = tree.child(verb, Set.of("nsubj"));
    for (Token child : tree.children(verb)) {
      boolean object = OBJECTS.contains(child.relation()) && !consumed.contains(child);
      if (object) {
        into.add(new Candidate(child, "obj of " + Tree.lower(verb) + " -> target"));
        object(tree, child, ownAct, into, 1);
      } else if (Tree.base(child.relation()).equals("obl")
          && directed(tree, child)
          && !PatternMatcher.isScene(child, subject)) {
        into.add(new Candidate(child, tree.caseOf(child) + " -> target"));
        inside(tree, child, ownAct, into, 1);
      }
    }
  }

  private void obliques(Tree tree, Token verb, boolean ownAct, List<Candidate> into) {
    for (Token child : tree.children(verb)) {
      if (Tree.base(child.relation()).equals("obl") && directed(tree, child)) {
        into.add(new Candidate(child, tree.caseOf(child) + " -> target"));
        inside(tree, child, ownAct, into, 1);
      }
    }
  }

  /**
   * What a verb's object contains, then whose it is, then the clauses it heads: "rejected Serbia's
   * plan", "demanded an admission by Moscow", "vetoed a Security Council resolution censuring X"
   * are done to the object's owner when the object itself names no actor. A directed phrase inside
   * the object ("the embargo on Cuba") is nearer than its owner, who is often the source itself.
   */
  private void object(Tree tree, Token nominal, boolean ownAct, List<Candidate> into, int depth) {
    if (!ownAct && lexicon.isEventNoun(Tree.lower(nominal))) {
      return;
    }
    nominals(tree, nominal, ownAct, into, depth);
    Token owner = ObjectOwners.owner(tree, nominal);
    if (owner != null) {
      into.add(Candidate.ownerOf(owner, nominal));
    }
    clauses(tree, nominal, ownAct, into);
    // "rejected the plan drafted by Azerbaijan": the object is the doer's of its clause.
    ObjectOwners.clauseDoers(tree, nominal).forEach(d -> into.add(Candidate.ownerOf(d, nominal)));
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
    nominals(tree, nominal, ownAct, into, depth);
    clauses(tree, nominal, ownAct, into);
  }

  private void nominals(Tree tree, Token nominal, boolean ownAct, List<Candidate> into, int depth) {
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

  /** "the roads leading into Mordor", "aid flights bound for Kabul" */
  private void clauses(Tree tree, Token nominal, boolean ownAct, List<Candidate> into) {
    for (Token child : tree.children(nominal)) {
      if (child.relation().equals("acl") && child.isVerb()) {
        arguments(tree, child, List.of(), ownAct, into);
      }
    }
  }

  /** The actors the verb's subject names, which the owner of its object must not repeat. */
  private List<Found> sources(Tree tree, Token verb, @Nullable LocalDate day, Discourse memory) {
    SourceFinder.Source source = SourceFinder.of(tree, verb);
    if (source == null && !verb.isVerb()) {
      // "an attack on a post by Tajik troops": the troops are the attack's doer, not the post's.
      source = SourceFinder.ofMisattachedBy(tree, verb);
    }
    return source == null ? List.of() : actors.find(tree, source.token(), day, memory);
  }

  private static boolean directed(Tree tree, Token nominal) {
    return DIRECTED.contains(tree.caseOf(nominal));
  }

  private static boolean isDate(Token token) {
    return token.ner().equals("DATE") || token.ner().equals("TIME") || DateFinder.isTemporal(token);
  }
}
