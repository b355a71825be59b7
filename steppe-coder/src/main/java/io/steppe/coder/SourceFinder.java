package io.steppe.coder;

import io.steppe.model.text.Token;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the token that names who performs a verb: its subject, the "by" agent of a passive, or, for
 * clauses without a subject of their own, the subject (or, for "urge X to", the object) of the
 * clause that controls them.
 */
final class SourceFinder {
  private static final Set<String> OBJECT_CONTROL =
      Set.of(
          "urge",
          "call",
          "ask",
          "press",
          "push",
          "encourage",
          "invite",
          "tell",
          "persuade",
          "force",
          "pressure",
          "appeal");

  /**
   * Endings and nouns of nominalizations ("violation", "treatment", "attack"), which name acts of
   * their own and so keep their "by" phrase.
   */
  private static final List<String> ACT_SUFFIXES =
      List.of("tion", "sion", "ment", "ing", "ance", "ence", "ure", "age", "al");

  private static final Set<String> ACT_NOUNS =
      Set.of("abuse", "attack", "strike", "raid", "crime", "atrocity", "act", "policy", "decision");

  /**
   * Nouns whose infinitive is what someone else is asked to do ("rejected Greece's demand to
   * withdraw"): their possessor asks, it does not act.
   */
  private static final Set<String> REQUESTS =
      Set.of("demand", "call", "appeal", "request", "plea", "ultimatum", "invitation");

  /** The source token and the path that led to it. */
  record Source(Token token, String path) {}

  private SourceFinder() {}

  static @Nullable Source of(Tree tree, Token verb) {
    return of(tree, verb, 0);
  }

  private static @Nullable Source of(Tree tree, Token verb, int depth) {
    if (depth > 3) {
      return null;
    }
    if (tree.isPassive(verb)) {
      Token agent = byAgent(tree, verb);
      if (agent != null) {
        return new Source(agent, "by-agent -> source");
      }
      // "X has been put under investigation, the agency reported": a passive with a subject of its
      // own is a clause of its own, whose agent the governing clause does not name.
      if (tree.child(verb, Set.of("nsubj:pass")) != null) {
        return null;
      }
    } else {
      // "nsubj:pass" of a verb that is not passive: a statal "were engaged in" (agency.tsv).
      Token subject = tree.child(verb, Set.of("nsubj", "nsubj:pass"));
      if (subject != null) {
        return new Source(subject, Tree.base(subject.relation()) + " -> source");
      }
    }
    return inherited(tree, verb, depth);
  }

  /**
   * The agent of an event noun that is the object (or named phrase) of a light verb: that verb's
   * source, so that "Israel mounted its invasion of Lebanon" is Israel's invasion.
   */
  static @Nullable Source ofLightNoun(Tree tree, Token noun) {
    Token verb = tree.head(noun);
    // The object ("launched an offensive"), or a phrase agency.tsv names ("engaged in fighting").
    String relation = noun.relation();
    String preposition =
        relation.equals("obj") ? "" : Tree.base(relation).equals("obl") ? tree.caseOf(noun) : null;
    if (verb == null
        || !verb.isVerb()
        || preposition == null
        || !AgencyVerbs.isLight(Tree.lower(verb), preposition)) {
      return null;
    }
    Source source = of(tree, verb);
    return source == null
        ? null
        : new Source(source.token(), "subject of " + Tree.lower(verb) + " -> source");
  }

  /**
   * "Sudan's government is responsible for mass killings": who a statement holds responsible for an
   * event is its agent. Only a clause of its own, or one a speech verb reports, says so; "accused
   * Sudan of being responsible" is an accusation, coded as such, not the act.
   */
  static @Nullable Source ofResponsible(Tree tree, Token noun) {
    Token adjective = tree.head(noun);
    boolean responsible =
        adjective != null
            && Tree.lower(adjective).equals("responsible")
            && tree.hasChild(noun, "case", Set.of("for"))
            && tree.child(adjective, Set.of("cop")) != null;
    if (!responsible) {
      return null;
    }
    Token governor = tree.head(adjective);
    boolean stated =
        governor == null
            || adjective.relation().equals("ccomp")
                && Reporting.SPEECH_VERBS.contains(Tree.lower(governor));
    Token subject = tree.child(adjective, Set.of("nsubj"));
    return stated && subject != null
        ? new Source(subject, "subject of responsible -> source")
        : null;
  }

  /**
   * "an attack on a border post by Tajik troops": the parser hangs the event's "by" phrase on the
   * noun of the phrase before it, where it cannot name the doer of that noun. A noun naming an act
   * of its own ("protests against violations by the army") keeps its "by" phrase.
   */
  static @Nullable Source ofMisattachedBy(Tree tree, Token noun) {
    for (Token child : tree.children(noun)) {
      if (!Tree.base(child.relation()).equals("nmod") || namesAct(Tree.lower(child))) {
        continue;
      }
      Token by = tree.phrase(child, Set.of("nmod"), Set.of("by"));
      if (by != null) {
        return new Source(by, "by-agent of " + Tree.lower(child) + " -> source");
      }
    }
    return null;
  }

  /** Nominalizations ("violation", "treatment", "killing", "abuse") name acts, which have doers. */
  private static boolean namesAct(String lemma) {
    for (String suffix : ACT_SUFFIXES) {
      if (lemma.endsWith(suffix)) {
        return true;
      }
    }
    return ACT_NOUNS.contains(lemma);
  }

  private static @Nullable Source inherited(Tree tree, Token verb, int depth) {
    Token governor = tree.head(verb);
    if (governor == null) {
      return null;
    }
    Source controller = controller(tree, verb, governor);
    if (controller != null) {
      return controller;
    }
    String relation = verb.relation();
    // A participle the parser left as "dep" ("wrote to the president urging him to act") is still
    // an adjunct of the clause and shares its subject, when that clause has one of its own.
    boolean participle =
        relation.equals("dep")
            && verb.pos().equals("VBG")
            && tree.child(governor, Set.of("nsubj", "nsubj:pass")) != null;
    Token patient = relation.equals("conj") ? activeAfterPassive(tree, verb, governor) : null;
    if (patient != null) {
      return new Source(patient, "subject of " + Tree.lower(governor) + " -> source");
    }
    if (relation.equals("conj")
        || relation.equals("xcomp")
        || relation.equals("advcl")
        || participle) {
      Token clause = clauseOf(tree, governor);
      Source source = clause == null ? null : of(tree, clause, depth + 1);
      return source == null
          ? null
          : new Source(source.token(), "subject of " + Tree.lower(governor) + " -> source");
    }
    if (relation.equals("acl") && verb.pos().equals("VBN")) {
      // "families displaced by the floods": a passive participle's doer is its "by" phrase; the
      // clause around the noun ("Japan will provide aid to families") did not displace them.
      Token agent = byAgent(tree, verb);
      return agent == null ? null : new Source(agent, "by-agent -> source");
    }
    if (relation.startsWith("acl") && !relation.equals("acl:relcl")) {
      return ofNominalClause(tree, governor, depth);
    }
    return null;
  }

  /**
   * "The minister has been indicted by the court and will resign": an active verb joined to a
   * passive one shares its subject, not its "by" agent. A bare participle ("was arrested by police
   * and charged") shares the passive, and so its agent.
   */
  private static @Nullable Token activeAfterPassive(Tree tree, Token verb, Token governor) {
    boolean sharesPassive =
        verb.pos().equals("VBN") && tree.child(verb, Set.of("aux", "aux:pass")) == null;
    if (sharesPassive || !governor.isVerb() || !tree.isPassive(governor)) {
      return null;
    }
    return tree.child(governor, Set.of("nsubj:pass"));
  }

  /**
   * Who controls a clause without a subject of its own when it is not the governor's subject: the
   * possessor of an intent noun, the subject of a passive, or the object of "urge X to", "praise X
   * for".
   */
  private static @Nullable Source controller(Tree tree, Token verb, Token governor) {
    String relation = verb.relation();
    Token owner = intentOwner(tree, verb, governor);
    if (owner != null) {
      return new Source(owner, "possessor of " + Tree.lower(tree.head(owner)) + " -> source");
    }
    boolean controlled = relation.equals("xcomp") || VerbCoding.isToGerund(tree, verb);
    if (controlled && tree.isPassive(governor)) {
      Token subject = tree.child(governor, Set.of("nsubj:pass"));
      if (subject != null) {
        return new Source(subject, "subject of " + Tree.lower(governor) + " -> source");
      }
    }
    boolean objectClause =
        relation.equals("advcl")
            && (tree.hasChild(verb, "mark", Set.of("for", "of"))
                || tree.hasChild(verb, "case", Set.of("for", "of")));
    if (objectClause
        || (relation.equals("xcomp") && OBJECT_CONTROL.contains(Tree.lower(governor)))) {
      Token object = tree.child(governor, Set.of("obj", "iobj"));
      if (object != null) {
        return new Source(object, "object of " + Tree.lower(governor) + " -> source");
      }
    }
    return null;
  }

  /** "Tajikistan's statement condemning X", "issued a statement condemning X". */
  private static @Nullable Source ofNominalClause(Tree tree, Token noun, int depth) {
    Token possessor = tree.child(noun, Set.of("nmod:poss"));
    if (possessor != null) {
      return new Source(possessor, "possessor of " + Tree.lower(noun) + " -> source");
    }
    Token clause = tree.head(noun);
    Source source = clause != null && clause.isVerb() ? of(tree, clause, depth + 1) : null;
    return source == null
        ? null
        : new Source(source.token(), "subject of " + Tree.lower(clause) + " -> source");
  }

  /**
   * "criticised Kazakhstan's decision to join": the parser often hangs the infinitive on the verb
   * instead of the noun right before it; the noun's possessor is who would act.
   */
  private static @Nullable Token intentOwner(Tree tree, Token verb, Token governor) {
    Token mark = tree.child(verb, Set.of("mark"));
    Token object = tree.child(governor, Set.of("obj"));
    if (mark == null
        || object == null
        || object.index() + 1 != mark.index()
        || REQUESTS.contains(Tree.lower(object))) {
      return null;
    }
    return tree.child(object, Set.of("nmod:poss"));
  }

  /** The verb or copular predicate that heads a governor's clause ("stopped" for "short"). */
  private static @Nullable Token clauseOf(Tree tree, Token governor) {
    if (governor.isVerb() || tree.child(governor, Set.of("cop")) != null) {
      return governor;
    }
    Token above = tree.head(governor);
    boolean modifier = governor.relation().equals("advmod") && above != null && above.isVerb();
    return modifier ? above : null;
  }

  private static @Nullable Token byAgent(Tree tree, Token verb) {
    return tree.phrase(verb, Set.of("obl", "nmod"), Set.of("by"));
  }
}
