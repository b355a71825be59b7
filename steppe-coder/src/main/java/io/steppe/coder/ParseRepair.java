package io.steppe.coder;

import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends parse errors CoreNLP makes often in news prose. In "refrained from condemning Israel" or
 * "stopped short of cutting ties with Israel" it reads the gerund as an adjective of the noun after
 * it ("condemning" as amod of "Israel"). The gerund is rewired as the clause it is: the preposition
 * marks it, the noun is its object, and it hangs where the noun hung. In "rejected North Korea's
 * demand to sever the alliance" it reads the noun as the subject of a complement clause headed by
 * the infinitive; the noun is rewired as the verb's object and the infinitive as the clause the
 * verb governs, as the parser reads "criticised Kazakhstan's decision to join". A weekday it reads
 * as the subject of an infinitive ("on Monday to inspect") is made a time modifier again, and a
 * bare verb tagged as a noun but given a subject and an object is tagged a verb again. An object
 * written after a time or an "as" phrase ("rejected Thursday a UN appeal", "denounced as a crime
 * Serbia's suppression of ...") is made the verb's object again, and so is one the parser reads as
 * the subject of a closing "..., an official said". A ", by X" closing a passive sentence after a
 * parenthetical is that passive's agent, not the agent of a verb inside the parenthetical. A gerund
 * after a verb of phase read as an adjective ("began collecting signatures") is made the clause it
 * is, and {@link SubjectRepair} hangs subjects the parse hid on their verbs again.
 */
final class ParseRepair {
  /** Verbs of phase that take a gerund: "began collecting signatures", "resumed shelling towns". */
  private static final Set<String> PHASE_VERBS =
      Set.of("begin", "start", "continue", "resume", "stop", "keep", "finish", "cease", "quit");

  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** How far above a stranded "by" phrase its passive verb may be. */
  private static final int MAX_HOPS = 12;

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
        tokens.set(gerund.index(), gerund.withArc(noun.head(), "advcl"));
        tokens.set(preposition.index(), preposition.withArc(gerund.index(), "mark"));
        tokens.set(noun.index(), noun.withArc(gerund.index(), "obj"));
        changed = true;
      }
    }
    changed |= repairInfinitives(sentence, tokens);
    changed |= repairDaySubjects(sentence, tokens);
    changed |= repairPhaseGerunds(sentence, tokens);
    changed |= repairVerbsTaggedNouns(sentence, tokens);
    changed |= repairShiftedObjects(sentence, tokens);
    changed |= repairReportedObjects(sentence, tokens);
    changed |= repairStrandedAgents(sentence, tokens);
    changed |= SubjectRepair.repair(tokens);
    return changed
        ? new ParsedSentence(sentence.index(), sentence.text(), sentence.begin(), tokens)
        : sentence;
  }

  /** "rejected [the demand] to sever": noun as object, infinitive as xcomp, "to" as its mark. */
  private static boolean repairInfinitives(ParsedSentence sentence, List<Token> tokens) {
    boolean changed = false;
    for (Token clause : sentence.tokens()) {
      if (!clause.pos().equals("VB") || !clause.relation().equals("ccomp") || clause.index() < 2) {
        continue;
      }
      Token to = sentence.token(clause.index() - 1);
      Token noun = subjectOf(sentence, clause);
      boolean misread =
          to.head() == clause.index()
              && to.lemma().equalsIgnoreCase("to")
              && noun != null
              && noun.pos().startsWith("NN")
              && !noun.isProperNoun();
      if (misread) {
        tokens.set(noun.index(), noun.withArc(clause.head(), "obj"));
        tokens.set(clause.index(), clause.withArc(clause.head(), "xcomp"));
        tokens.set(to.index(), to.withArc(clause.index(), "mark"));
        changed = true;
      }
    }
    return changed;
  }

  /**
   * "sent monitors to Armenia on Monday to inspect": the parser can read the day as the subject of
   * the infinitive after it, hiding who inspects. An infinitive marked "to" has no subject of its
   * own here, so the day becomes a time modifier and "on" its preposition.
   */
  private static boolean repairDaySubjects(ParsedSentence sentence, List<Token> tokens) {
    boolean changed = false;
    for (Token day : sentence.tokens()) {
      if (!day.relation().equals("nsubj") || !WEEKDAYS.contains(Tree.lower(day))) {
        continue;
      }
      Token clause = sentence.token(day.head());
      Token to = clause.index() > 0 ? sentence.token(clause.index() - 1) : null;
      boolean infinitive =
          clause.pos().equals("VB")
              && to != null
              && to.head() == clause.index()
              && to.lemma().equalsIgnoreCase("to");
      if (!infinitive) {
        continue;
      }
      tokens.set(day.index(), day.withArc(clause.index(), "obl:tmod"));
      for (Token token : sentence.tokens()) {
        boolean on =
            token.head() == clause.index()
                && token.relation().equals("mark")
                && token.index() == day.index() - 1;
        if (on) {
          tokens.set(token.index(), token.withArc(day.index(), "case"));
        }
      }
      changed = true;
    }
    return changed;
  }

  /**
   * "began collecting signatures", "resumed shelling the villages": after a verb of phase the
   * parser can read the gerund as an adjective of its object. The gerund is the clause the verb
   * governs, and the noun its object.
   */
  private static boolean repairPhaseGerunds(ParsedSentence sentence, List<Token> tokens) {
    boolean changed = false;
    for (Token gerund : sentence.tokens()) {
      if (!gerund.pos().equals("VBG") || !gerund.relation().equals("amod")) {
        continue;
      }
      Token noun = sentence.token(gerund.head());
      Token verb = noun.head() < 0 ? null : sentence.token(noun.head());
      boolean misread =
          verb != null
              && noun.index() == gerund.index() + 1
              && noun.relation().equals("obj")
              && verb.index() == gerund.index() - 1
              && PHASE_VERBS.contains(Tree.lower(verb));
      if (misread) {
        tokens.set(gerund.index(), gerund.withArc(verb.index(), "xcomp"));
        tokens.set(noun.index(), noun.withArc(gerund.index(), "obj"));
        changed = true;
      }
    }
    return changed;
  }

  /**
   * "demanded that the government end curbs", "said they would blockade Paris": the tagger reads a
   * bare verb as a noun, yet the parser gives it a subject and an object or auxiliary, which no
   * noun has (a predicate noun has its copula: "will be the leader" stays a noun).
   */
  private static boolean repairVerbsTaggedNouns(ParsedSentence sentence, List<Token> tokens) {
    boolean changed = false;
    for (Token token : sentence.tokens()) {
      if (!token.pos().equals("NN")) {
        continue;
      }
      boolean subject = false;
      boolean verbal = false;
      boolean copula = false;
      for (Token child : sentence.tokens()) {
        if (child.head() == token.index()) {
          String relation = child.relation();
          subject |= relation.equals("nsubj");
          verbal |= relation.equals("obj") || relation.equals("aux");
          copula |= relation.equals("cop") || relation.equals("aux:pass");
        }
      }
      if (subject && verbal && !copula) {
        tokens.set(token.index(), tokens.get(token.index()).withPos("VB"));
        changed = true;
      }
    }
    return changed;
  }

  /**
   * "rejected Thursday a United Nations appeal", "denounced as an ugly crime Serbia's suppression":
   * when a verb's object comes after one of its phrases, the parser hangs the object on that phrase
   * as an unlabelled "dep". A determined or owned noun there, with no comma before it and the verb
   * having no object of its own, is the verb's object.
   */
  private static boolean repairShiftedObjects(ParsedSentence sentence, List<Token> tokens) {
    boolean changed = false;
    for (Token noun : sentence.tokens()) {
      Token phrase = noun.head() < 0 ? null : sentence.token(noun.head());
      Token verb = phrase == null || phrase.head() < 0 ? null : sentence.token(phrase.head());
      boolean shifted =
          verb != null
              && noun.relation().equals("dep")
              && noun.pos().startsWith("NN")
              && Tree.base(phrase.relation()).equals("obl")
              && verb.pos().startsWith("VB")
              && verb.index() < phrase.index()
              && phrase.index() < noun.index()
              && hasChild(sentence, noun, Set.of("det", "nmod:poss"))
              && !hasChild(sentence, verb, Set.of("obj"))
              && noCommaBetween(sentence, verb, noun);
      if (shifted) {
        tokens.set(noun.index(), noun.withArc(verb.index(), "obj"));
        changed = true;
      }
    }
    return changed;
  }

  /**
   * "The Palestinians reject the proposed changes, their negotiator said": the parser can read the
   * object, the comma and the speaker as the subject of "said" with an apposition, and "said" as
   * the verb's complement. When the verb has no object of its own, the noun is its object, the
   * speaker the subject of "said", and "said" a clause beside the verb.
   */
  private static boolean repairReportedObjects(ParsedSentence sentence, List<Token> tokens) {
    boolean changed = false;
    for (Token said : sentence.tokens()) {
      Token verb = said.head() < 0 ? null : sentence.token(said.head());
      Token object = verb == null ? null : childOf(sentence, said, "nsubj");
      Token speaker = object == null ? null : childOf(sentence, object, "appos");
      boolean misread =
          speaker != null
              && said.relation().equals("ccomp")
              && Set.of("say", "tell", "add").contains(said.lemma().toLowerCase(Locale.ROOT))
              && verb.pos().startsWith("VB")
              && object.pos().startsWith("NN")
              && verb.index() < object.index()
              && speaker.index() < said.index()
              && !hasChild(sentence, verb, Set.of("obj"))
              && !noCommaBetween(sentence, object, speaker);
      if (misread) {
        tokens.set(object.index(), object.withArc(verb.index(), "obj"));
        tokens.set(speaker.index(), speaker.withArc(said.index(), "nsubj"));
        tokens.set(said.index(), said.withArc(verb.index(), "parataxis"));
        changed = true;
      }
    }
    return changed;
  }

  /**
   * "X has been accused of misusing funds, much of it believed embezzled, by government officials":
   * the parser hangs the "by" phrase after the comma on the nearest participle, inside the
   * parenthetical. A "by" right after a comma belongs to the nearest passive verb above that has a
   * subject and no agent of its own.
   */
  private static boolean repairStrandedAgents(ParsedSentence sentence, List<Token> tokens) {
    boolean changed = false;
    for (Token by : sentence.tokens()) {
      boolean afterComma =
          by.index() > 0
              && Tree.lower(by).equals("by")
              && by.relation().equals("case")
              && sentence.token(by.index() - 1).word().equals(",");
      Token agent = afterComma ? sentence.token(by.head()) : null;
      Token participle = agent == null || agent.head() < 0 ? null : sentence.token(agent.head());
      if (participle == null || !participle.pos().equals("VBN")) {
        continue;
      }
      Token passive = passiveAbove(sentence, participle);
      if (passive != null) {
        tokens.set(agent.index(), agent.withArc(passive.index(), "obl"));
        changed = true;
      }
    }
    return changed;
  }

  /** The nearest verb above with a passive subject and no "by" agent, or null. */
  private static @org.jspecify.annotations.Nullable Token passiveAbove(
      ParsedSentence sentence, Token token) {
    Token above = token.head() < 0 ? null : sentence.token(token.head());
    for (int hops = 0; above != null && hops < MAX_HOPS; hops++) {
      if (above.pos().equals("VBN") && hasChild(sentence, above, Set.of("nsubj:pass"))) {
        return hasAgent(sentence, above) ? null : above;
      }
      above = above.head() < 0 ? null : sentence.token(above.head());
    }
    return null;
  }

  private static boolean hasAgent(ParsedSentence sentence, Token verb) {
    for (Token child : sentence.tokens()) {
      if (child.head() == verb.index() && childOf(sentence, child, "case") != null) {
        Token preposition = childOf(sentence, child, "case");
        if (Tree.lower(preposition).equals("by")) {
          return true;
        }
      }
    }
    return false;
  }

  private static @org.jspecify.annotations.Nullable Token childOf(
      ParsedSentence sentence, Token head, String relation) {
    for (Token token : sentence.tokens()) {
      if (token.head() == head.index() && token.relation().equals(relation)) {
        return token;
      }
    }
    return null;
  }

  private static boolean hasChild(ParsedSentence sentence, Token head, Set<String> relations) {
    for (Token token : sentence.tokens()) {
      if (token.head() == head.index() && relations.contains(token.relation())) {
        return true;
      }
    }
    return false;
  }

  private static boolean noCommaBetween(ParsedSentence sentence, Token from, Token to) {
    for (int i = from.index() + 1; i < to.index(); i++) {
      if (sentence.token(i).word().equals(",")) {
        return false;
      }
    }
    return true;
  }

  private static @org.jspecify.annotations.Nullable Token subjectOf(
      ParsedSentence sentence, Token clause) {
    for (Token token : sentence.tokens()) {
      if (token.head() == clause.index() && token.relation().equals("nsubj")) {
        return token;
      }
    }
    return null;
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
}
