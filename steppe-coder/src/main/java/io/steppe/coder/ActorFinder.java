package io.steppe.coder;

import io.steppe.actors.ActorResolver;
import io.steppe.actors.Resolution;
import io.steppe.model.Actor;
import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the head token of a subject or object into actors: coordination expands to one actor per
 * conjunct; pronouns, relative pronouns, appositions and definite descriptions are resolved; an
 * event noun in an actor's place ("condemned the aggression of Israel") stands for its agent.
 */
final class ActorFinder {
  /** Nouns that, with a definite article, refer back to an earlier event ("the action"). */
  private static final Set<String> EVENT_ANAPHORS =
      Set.of(
          "action", "move", "decision", "step", "deal", "agreement", "accession", "announcement");

  private static final Set<String> RELATIVE = Set.of("that", "who", "which", "whom");
  private static final Set<String> PRONOUNS =
      Set.of("it", "they", "he", "she", "its", "their", "them");
  // "an attack from Lebanon" names where from, not who: only "of" and "by" name the agent.
  private static final Set<String> AGENT_CASES = Set.of("of", "by");

  /**
   * What one actor sends another: "an appeal from X", "aid from X" are X's. Not "a threat from X",
   * which is often a danger X poses, not a warning X gave.
   */
  private static final Set<String> SENT_FROM =
      Set.of(
          "appeal",
          "offer",
          "demand",
          "call",
          "request",
          "invitation",
          "proposal",
          "plea",
          "message",
          "letter",
          "warning",
          "ultimatum",
          "criticism",
          "condemnation",
          "support",
          "aid",
          "assistance",
          "help",
          "protest");

  /** An actor found in the sentence, with the token it was read from and how. */
  record Found(Actor actor, Token head, String path, boolean fromContext) {}

  private final ActorResolver resolver;
  private final Lexicon lexicon;

  ActorFinder(ActorResolver resolver, Lexicon lexicon) {
    this.resolver = resolver;
    this.lexicon = lexicon;
  }

  List<Found> find(Tree tree, Token head, @Nullable LocalDate date, Discourse discourse) {
    List<Found> result = new ArrayList<>();
    for (Token conjunct : Phrase.conjuncts(tree, head)) {
      // An event noun stands for its agents ("condemned the aggression of X"); a noun that only
      // looks like one ("four states") is an actor like any other.
      List<Found> agents =
          isEventNoun(Tree.lower(conjunct))
              ? agentsOfEvent(tree, conjunct, date, discourse)
              : List.of();
      List<Found> split = agents.isEmpty() ? byModifier(tree, conjunct, date) : List.of();
      Found found =
          agents.isEmpty() && split.isEmpty() ? one(tree, conjunct, date, discourse) : null;
      if (found != null) {
        result.add(found);
      }
      result.addAll(agents);
      result.addAll(split);
    }
    return result;
  }

  private @Nullable Found one(
      Tree tree, Token head, @Nullable LocalDate date, Discourse discourse) {
    String lemma = Tree.lower(head);
    if (head.pos().startsWith("PRP") && PRONOUNS.contains(lemma)) {
      Token speaker = reportingSubject(tree, head);
      if (speaker != null) {
        Found found = one(tree, speaker, date, discourse);
        if (found != null && found.actor().isKnown()) {
          return new Found(found.actor().withText(head.word()), head, "pronoun", false);
        }
        // "African states announced that they will ...": the speaker, though no actor we know,
        // read from the speaker's own words when the clause is what it said, where DomesticActors
        // may find its country.
        if (found != null) {
          Token clause = tree.head(head);
          boolean said = clause != null && clause.relation().equals("ccomp");
          Token words = said ? found.head() : head;
          return new Found(found.actor().withText(head.word()), words, "pronoun", false);
        }
      }
      Actor antecedent = discourse.pronoun(lemma);
      return antecedent == null
          ? null
          : new Found(antecedent.withText(head.word()), head, "pronoun", true);
    }
    if (RELATIVE.contains(lemma) && head.pos().startsWith("W")) {
      Token antecedent = relativeAntecedent(tree, head);
      return antecedent == null ? null : one(tree, antecedent, date, discourse);
    }
    return named(tree, head, date, discourse);
  }

  private @Nullable Found named(
      Tree tree, Token head, @Nullable LocalDate date, Discourse discourse) {
    Resolution resolution = tree.phraseActors(resolver).resolve(head, date);
    String text = resolution.actor().text();
    if (resolution.isNamed()) {
      return new Found(resolution.actor(), head, "", false);
    }
    if (resolution.kind() == Resolution.Kind.SECTOR_ONLY) {
      List<Token> placed = Phrase.withPlaces(tree, head);
      Resolution inPlace =
          placed.size() > Phrase.tokens(tree, head).size()
              ? resolver.resolve(placed, Phrase.text(tree, placed), date)
              : resolution;
      if (inPlace.isNamed()) {
        return new Found(inPlace.actor(), head, "", false);
      }
    }
    Found owned = ownedBySpeaker(tree, head, resolution, date, discourse);
    if (owned != null) {
      return owned;
    }
    Token apposition = apposition(tree, head);
    if (apposition != null) {
      Found found = named(tree, apposition, date, discourse);
      if (found != null && found.actor().isKnown()) {
        return new Found(found.actor().withText(text), head, "appos", found.fromContext());
      }
    }
    // "the ministry" names one earlier actor; "the governments" names several: left unknown.
    if (isDefinite(tree, head) && !head.pos().equals("NNS")) {
      Actor antecedent = discourse.definite(resolution.sector());
      if (antecedent != null && (resolution.sector() != null || isCountryNoun(head))) {
        return new Found(antecedent.withText(text), head, "definite description", true);
      }
    }
    return new Found(resolution.actor(), head, "", false);
  }

  /**
   * "Hungarian and Romanian officials", "the Turkish and Greek sides": one actor per coordinated
   * country modifier, when each names one and they differ; otherwise empty.
   */
  /** Whether the phrase at {@code head} names a kind of actor ("protesters", "the police"). */
  boolean namesSector(Tree tree, Token head, @Nullable LocalDate date) {
    return tree.phraseActors(resolver).resolve(head, date).sector() != null;
  }

  private List<Found> byModifier(Tree tree, Token head, @Nullable LocalDate date) {
    for (Token modifier : tree.children(head)) {
      boolean naming = modifier.relation().equals("amod") || modifier.relation().equals("compound");
      List<Token> variants = new ArrayList<>(List.of(modifier));
      for (Token child : tree.children(modifier)) {
        if (child.relation().equals("conj")) {
          variants.add(child);
        }
      }
      if (naming && variants.size() > 1) {
        return eachModifier(tree, head, modifier, variants, date);
      }
    }
    return List.of();
  }

  private List<Found> eachModifier(
      Tree tree, Token head, Token modifier, List<Token> variants, @Nullable LocalDate date) {
    List<Token> phrase = Phrase.tokens(tree, head);
    String text = Phrase.text(tree, phrase);
    List<Found> found = new ArrayList<>();
    for (Token variant : variants) {
      List<Token> tokens = new ArrayList<>(phrase);
      // Only the words before the head: "the Turkish and Greek sides of Cyprus" are two sides.
      tokens.removeIf(t -> t.index() == modifier.index() || t.index() > head.index());
      tokens.add(variant);
      tokens.sort(java.util.Comparator.comparingInt(Token::index));
      Resolution resolution = resolver.resolve(tokens, text, date);
      boolean repeated =
          found.stream().anyMatch(f -> f.actor().code().equals(resolution.actor().code()));
      if (!resolution.isNamed() || repeated) {
        return List.of();
      }
      found.add(new Found(resolution.actor(), variant, "coordinated " + variant.word(), false));
    }
    return found;
  }

  /**
   * The actors who performed a nominal event: "the aggression of the Zionist regime and the United
   * States", "Israel's attack", "Israeli strikes", or, for "the action", the agent of the last
   * nominal event in the text.
   */
  private List<Found> agentsOfEvent(
      Tree tree, Token noun, @Nullable LocalDate date, Discourse discourse) {
    List<Found> agents = new ArrayList<>();
    Token agent = agentToken(tree, noun);
    if (agent != null) {
      for (Token conjunct : Phrase.conjuncts(tree, agent)) {
        Found found = one(tree, conjunct, date, discourse);
        if (found != null && found.actor().isKnown()) {
          String path = "agent of " + Tree.lower(noun);
          agents.add(new Found(found.actor(), conjunct, path, found.fromContext()));
        }
      }
    }
    Actor antecedent = discourse.lastEventAgent();
    boolean anaphor =
        isDefinite(tree, noun) && (EVENT_ANAPHORS.contains(Tree.lower(noun)) || isBare(tree, noun));
    if (agents.isEmpty() && antecedent != null && anaphor) {
      String text = Phrase.text(tree, Phrase.tokens(tree, noun));
      agents.add(new Found(antecedent.withText(text), noun, "event anaphor", true));
    }
    return agents;
  }

  /**
   * For a pronoun subject of a complement clause ("Iran said it would ..."), the subject of the
   * clause above, which news prose nearly always means.
   */
  static @Nullable Token reportingSubject(Tree tree, Token pronoun) {
    Token clause = tree.head(pronoun);
    if (clause == null || !Tree.base(pronoun.relation()).equals("nsubj")) {
      return null;
    }
    String link = clause.relation();
    Token governor = tree.head(clause);
    if (governor == null || !(link.equals("ccomp") || link.equals("advcl"))) {
      return null;
    }
    Token subject = tree.child(governor, Set.of("nsubj"));
    return subject == null || subject.pos().startsWith("PRP") ? null : subject;
  }

  /**
   * "Bosnian Serbs said their forces had withdrawn": a sector noun owned by a pronoun, as the
   * subject of a reported clause, is the reporting subject's (its country or organisation, the
   * noun's sector).
   */
  private @Nullable Found ownedBySpeaker(
      Tree tree, Token head, Resolution resolution, @Nullable LocalDate date, Discourse discourse) {
    Token owner = tree.child(head, Set.of("nmod:poss"));
    if (resolution.sector() == null
        || owner == null
        || !owner.pos().equals("PRP$")
        || !PRONOUNS.contains(Tree.lower(owner))) {
      return null;
    }
    Token speaker = reportingSubject(tree, head);
    Found found = speaker == null ? null : one(tree, speaker, date, discourse);
    if (found == null || !found.actor().isKnown()) {
      return null;
    }
    Actor of = found.actor();
    String text = resolution.actor().text();
    Actor actor = Actor.of(of.country(), resolution.sector(), of.org(), text);
    return new Found(actor, head, "owned by " + speaker.word(), found.fromContext());
  }

  /**
   * The apposition of a head: "the Fatah leader, Mahmoud Abbas", or a name right after a common
   * noun, which the parser often leaves as a bare "dep" ("the party's leader Mahmoud Abbas").
   */
  private static @Nullable Token apposition(Tree tree, Token head) {
    Token apposition = tree.child(head, Set.of("appos"));
    if (apposition != null || head.isProperNoun()) {
      return apposition;
    }
    for (Token child : tree.children(head)) {
      boolean name = child.relation().equals("dep") && child.ner().equals("PERSON");
      if (name && Phrase.tokens(tree, child).get(0).index() == head.index() + 1) {
        return child;
      }
    }
    return null;
  }

  /**
   * The token naming who performed a nominal event, or null. A "by" phrase wins over an "of" one,
   * which then names whom it was done to ("the killing of a farmer by soldiers").
   */
  @Nullable Token agentToken(Tree tree, Token noun) {
    Token of = null;
    for (Token child : tree.children(noun)) {
      String relation = child.relation();
      if (relation.equals("nmod:poss") || relation.equals("det:poss")) {
        return child.pos().startsWith("PRP") ? null : child;
      }
      boolean modifier = relation.equals("amod") || relation.equals("compound");
      if (modifier
          && (child.isProperNoun()
              || (child.pos().equals("JJ") && Character.isUpperCase(child.word().charAt(0))))) {
        return child;
      }
      String preposition = tree.caseOf(child);
      boolean agentCase =
          AGENT_CASES.contains(preposition)
              || (preposition.equals("from") && SENT_FROM.contains(Tree.lower(noun)));
      if (Tree.base(relation).equals("nmod") && preposition.equals("by")) {
        return child;
      }
      if (Tree.base(relation).equals("nmod") && agentCase && of == null) {
        of = child;
      }
    }
    return of;
  }

  /** The noun a relative clause modifies; for "X was the only one that ...", X. */
  private static @Nullable Token relativeAntecedent(Tree tree, Token relative) {
    Token verb = tree.head(relative);
    Token noun = verb == null ? null : tree.head(verb);
    if (noun == null) {
      return null;
    }
    boolean copular = tree.child(noun, Set.of("cop")) != null;
    Token subject = copular ? tree.child(noun, Set.of("nsubj")) : null;
    return subject != null ? subject : noun;
  }

  /** "the attack", with nothing saying whose or on whom: it can only mean one told before. */
  private static boolean isBare(Tree tree, Token noun) {
    for (Token child : tree.children(noun)) {
      String relation = child.relation();
      if (!relation.equals("det") && !relation.equals("punct")) {
        return false;
      }
    }
    return true;
  }

  private boolean isEventNoun(String lemma) {
    return lexicon.isEventNoun(lemma) || EVENT_ANAPHORS.contains(lemma);
  }

  private static boolean isDefinite(Tree tree, Token head) {
    return tree.hasChild(head, "det", Set.of("the", "this", "that", "these", "those"));
  }

  private static boolean isCountryNoun(Token head) {
    return Set.of("country", "nation", "state", "republic").contains(Tree.lower(head));
  }
}
