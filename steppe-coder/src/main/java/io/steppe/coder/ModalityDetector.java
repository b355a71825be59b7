package io.steppe.coder;

import io.steppe.model.Modality;
import io.steppe.model.text.Token;
import java.util.Set;

/**
 * Reads from the syntax around an event's head whether the text asserts, denies or only entertains
 * it. Negation and hypotheticals are inherited from governing clauses ("declined to condemn", "is
 * expected to visit", "if Iran retaliates") and through verb coordination.
 */
final class ModalityDetector {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");
  private static final Set<String> NEGATING_GOVERNORS =
      Set.of(
          "refrain",
          "decline",
          "fail",
          "avoid",
          "stop",
          "hesitate",
          "cease",
          "reluctant",
          "short",
          "refuse",
          "reject");
  private static final Set<String> MODALS =
      Set.of(
          "may", "might", "could", "would", "should", "will", "shall", "can", "must", "'ll", "wo",
          "ca");
  private static final Set<String> HYPOTHETICAL_GOVERNORS =
      Set.of(
          "expect",
          "likely",
          "unlikely",
          "possible",
          "doubt",
          "hope",
          "want",
          "plan",
          "consider",
          "predict",
          "speculate",
          "seek",
          "intend",
          "aim",
          "wish",
          "could",
          "may",
          "might",
          "prepare",
          "threaten",
          "mull",
          "weigh",
          "propose",
          "ready",
          "poise",
          "set",
          "able",
          "unable",
          // Nouns whose clause is only entertained: "the possibility of joining".
          "possibility",
          "prospect",
          "option",
          "idea",
          "chance",
          "risk",
          "proposal");
  private static final Set<String> ASKING =
      Set.of(
          "urge",
          "ask",
          "appeal",
          "call",
          "demand",
          "request",
          "encourage",
          "press",
          "push",
          "implore",
          "exhort",
          "beg");
  private static final Set<String> ASKED_CLAUSES = Set.of("xcomp", "ccomp");
  private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether", "should");
  private static final Set<String> CLAUSE_LINKS =
      Set.of("xcomp", "ccomp", "advcl", "conj", "acl", "dep");

  private ModalityDetector() {}

  static Modality of(Tree tree, Token head) {
    if (isNegated(tree, head)) {
      return Modality.NEGATED;
    }
    if (isHypothetical(tree, head)) {
      return Modality.HYPOTHETICAL;
    }
    return Modality.ASSERTED;
  }

  /** Negated here, or under a negating or negated governor it is controlled by. */
  static boolean isNegated(Tree tree, Token head) {
    Token current = head;
    for (int depth = 0; current != null && depth < 4; depth++) {
      if (hasNegator(tree, current)) {
        return true;
      }
      Token governor = tree.head(current);
      if (governor == null || !CLAUSE_LINKS.contains(Tree.base(current.relation()))) {
        return false;
      }
      if (current.relation().equals("conj")
          && tree.child(current, Set.of("nsubj", "aux")) != null) {
        return false;
      }
      if (depth == 0 && NEGATING_GOVERNORS.contains(Tree.lower(governor))) {
        return !hasNegator(tree, governor);
      }
      if (current.relation().equals("ccomp") || current.relation().equals("advcl")) {
        return false;
      }
      current = governor;
    }
    return false;
  }

  private static boolean hasNegator(Tree tree, Token token) {
    Token object = tree.child(token, Set.of("obj"));
    // "sent no troops", "has no plans": the negation sits on the object.
    if (object != null && tree.hasChild(object, "det", Set.of("no"))) {
      return true;
    }
    for (Token child : tree.children(token)) {
      String relation = Tree.base(child.relation());
      boolean negating =
          relation.equals("advmod")
              || relation.equals("neg")
              || relation.equals("det")
              || relation.equals("cc");
      if (negating && NEGATORS.contains(Tree.lower(child))) {
        return true;
      }
    }
    return false;
  }

  /** True when the token sits inside an if- or unless-clause ("If Israel attacks again, ..."). */
  static boolean inConditional(Tree tree, Token token) {
    Token current = token;
    for (int depth = 0; current != null && depth < 6; depth++) {
      if (tree.hasChild(current, "mark", CONDITIONALS)) {
        return true;
      }
      current = tree.head(current);
    }
    return false;
  }

  static boolean isHypothetical(Tree tree, Token head) {
    if (tree.sentence().text().trim().endsWith("?")) {
      return true;
    }
    Token current = head;
    for (int depth = 0; current != null && depth < 4; depth++) {
      if (hasModal(tree, current) || tree.hasChild(current, "mark", CONDITIONALS)) {
        return true;
      }
      Token governor = tree.head(current);
      if (governor == null || !CLAUSE_LINKS.contains(Tree.base(current.relation()))) {
        return false;
      }
      if (!current.relation().equals("conj")
          && (HYPOTHETICAL_GOVERNORS.contains(Tree.lower(governor))
              || isAsked(tree, current, governor))) {
        return true;
      }
      if (!current.relation().equals("conj")
          && !current.relation().equals("xcomp")
          && !isPurpose(tree, current)) {
        return false;
      }
      current = governor;
    }
    return false;
  }

  /** "will send troops to Mali to fight": a purpose clause is as real as the act it serves. */
  static boolean isPurpose(Tree tree, Token clause) {
    return clause.relation().equals("advcl") && tree.hasChild(clause, "mark", Set.of("to"));
  }

  /** "urged Iran to release", "demanded that Iran release": what is asked for has not happened. */
  private static boolean isAsked(Tree tree, Token clause, Token governor) {
    // "calling on the government to resign" can come parsed as an adverbial clause with the
    // government as its subject; a purpose clause ("called a meeting to discuss") has none.
    boolean askedClause =
        ASKED_CLAUSES.contains(clause.relation())
            || clause.relation().equals("advcl") && tree.child(clause, Set.of("nsubj")) != null;
    return askedClause && ASKING.contains(Tree.lower(governor)) && !isConversation(tree, governor);
  }

  /**
   * "told him in a phone call that Tajikistan condemned": a phone or video call is a conversation,
   * and what was said in it is reported, not asked for. The parser hangs the clause on the noun as
   * readily as on "told".
   */
  private static boolean isConversation(Tree tree, Token governor) {
    return governor.pos().startsWith("NN")
        && tree.hasChild(governor, "compound", Set.of("phone", "telephone", "video", "conference"));
  }

  static boolean hasModal(Tree tree, Token token) {
    return tree.hasChild(token, "aux", MODALS);
  }
}
