package io.steppe.coder;

import io.steppe.coder.PatternMatcher.Match;
import io.steppe.model.CameoCode;
import io.steppe.model.CameoTable;
import io.steppe.model.Modality;
import io.steppe.model.text.Token;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The code and modality a verb's event takes from what governs the verb: the pattern's own code, a
 * refusal for "will not release", or an intent or threat for an action announced for the future.
 */
final class VerbCoding {
  private static final Set<String> INTENT_GOVERNORS =
      Set.of(
          "vow",
          "pledge",
          "promise",
          "threaten",
          "warn",
          "swear",
          "ready",
          "willing",
          "prepared",
          "prepare",
          "commit",
          "committed",
          "determined",
          "plan",
          "intend");
  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");

  /** An action announced for the future is coded as the intent (or threat) to do it. */
  private static final String INTENT = "03";

  private static final Set<String> CONDITIONAL_FUTURE =
      Set.of("will", "would", "may", "might", "'ll");
  private static final Set<String> CONDITIONS = Set.of("if", "unless");
  private static final String THREAT = "13";

  private final Lexicon lexicon;
  private final CameoTable table;

  VerbCoding(Lexicon lexicon, CameoTable table) {
    this.lexicon = lexicon;
    this.table = table;
  }

  private Modality modality(Tree tree, Token verb) {
    return lexicon.petrarchReading()
        ? PetrarchRules.modality(tree, verb)
        : ModalityDetector.of(tree, verb);
  }

  /** A verb event's code and modality, and how they were reached, for {@code why}. */
  record Coding(CameoCode code, Modality modality, String how) {}

  /**
   * The code and modality of a verb's event: a refusal for "will not release", an intent or threat
   * for an action announced for the future ("said it would release"), else the pattern's own.
   * PETRARCH codes the verb itself; its dictionaries have their own patterns for intents.
   */
  Coding of(Tree tree, Token verb, Match match) {
    CameoCode code = table.get(match.entry().code());
    Modality modality = modality(tree, verb);
    String how = "verb " + Tree.lower(verb);
    if (lexicon.petrarchReading()) {
      return new Coding(code, modality, how);
    }
    String refused = modality == Modality.NEGATED ? Refusals.of(tree, verb, code.code()) : null;
    if (refused != null) {
      return new Coding(table.get(refused), Modality.ASSERTED, how + " refused");
    }
    String threat = conditionalThreat(tree, verb, code.code());
    if (threat != null) {
      return new Coding(table.get(threat), Modality.ASSERTED, how + " announced on a condition");
    }
    Token governor = intentGovernor(tree, verb);
    String intent = governor == null ? null : ComplementCodes.of(INTENT, code.code());
    if (intent == null) {
      return new Coding(code, modality, how);
    }
    // "said it would not retaliate": the speech act is asserted, the threat it reports is denied.
    Modality announced =
        ModalityDetector.isNegated(tree, verb)
            ? Modality.NEGATED
            : ModalityDetector.of(tree, governor);
    return new Coding(table.get(intent), announced, how + " announced by " + Tree.lower(governor));
  }

  /**
   * "will halt the talks unless the shelling stops": a hostile act announced for when a condition
   * is (or is not) met is a threat of that act, which the text asserts though the act is not.
   * Friendly acts offered on a condition find no threat code and keep their own coding.
   */
  private static @Nullable String conditionalThreat(Tree tree, Token verb, String code) {
    if (!tree.hasChild(verb, "aux", CONDITIONAL_FUTURE) || ModalityDetector.isNegated(tree, verb)) {
      return null;
    }
    for (Token clause : tree.children(verb)) {
      if (clause.relation().equals("advcl") && tree.hasChild(clause, "mark", CONDITIONS)) {
        return ComplementCodes.of(THREAT, code);
      }
    }
    return null;
  }

  /** The speech act that announces this verb as a future action, or null. */
  private static @Nullable Token intentGovernor(Tree tree, Token verb) {
    Token governor = tree.head(verb);
    if (governor != null
        && (verb.relation().equals("xcomp") || isToGerund(tree, verb))
        && INTENT_GOVERNORS.contains(Tree.lower(governor))) {
      return governor;
    }
    // "will visit Senegal to mediate, sources said": the purpose of an announced act is announced.
    return governor != null && ModalityDetector.isPurpose(tree, verb)
        ? announced(tree, governor)
        : announced(tree, verb);
  }

  /** "committed to opening up the economy": the gerund the parser hangs on as an adverbial. */
  static boolean isToGerund(Tree tree, Token verb) {
    return verb.relation().equals("advcl")
        && verb.pos().equals("VBG")
        && tree.hasChild(verb, "case", Set.of("to"));
  }

  /** The speech verb that announces a verb with a future auxiliary, or null. */
  private static @Nullable Token announced(Tree tree, Token verb) {
    if (!tree.hasChild(verb, "aux", FUTURE)) {
      return null;
    }
    Token speech = Reporting.speechVerb(tree, verb);
    return speech != null ? speech : Reporting.reportingTag(tree, verb);
  }
}
