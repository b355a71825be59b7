package io.steppe.coder;

import io.steppe.model.text.Token;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds who the text says claims an event: the subject of a reporting verb the event's clause is
 * the complement of ("officials said Israel struck ..."), or the object of "according to".
 */
final class Reporting {
  static final Set<String> SPEECH_VERBS =
      Set.of(
          "say",
          "tell",
          "state",
          "claim",
          "report",
          "announce",
          "declare",
          "add",
          "note",
          "insist",
          "argue",
          "assert",
          "allege",
          "write",
          "confirm",
          "stress",
          "vow",
          "pledge",
          "promise",
          "warn",
          "threaten",
          "signal",
          "indicate",
          "suggest",
          "believe",
          "think",
          "hint");
  private static final Set<String> CLAUSE_LINKS = Set.of("ccomp", "parataxis", "xcomp", "conj");

  private Reporting() {}

  /** The reporting verb above the event's head, or null when the author asserts the event. */
  static @Nullable Token speechVerb(Tree tree, Token head) {
    Token current = head;
    for (int depth = 0; current != null && depth < 4; depth++) {
      Token governor = tree.head(current);
      if (governor == null || !CLAUSE_LINKS.contains(Tree.base(current.relation()))) {
        return null;
      }
      boolean complement = !current.relation().equals("conj");
      if (complement && governor.isVerb() && SPEECH_VERBS.contains(Tree.lower(governor))) {
        return governor;
      }
      current = governor;
    }
    return null;
  }

  /**
   * The speech verb hung on the event's own head as a trailing tag ("Finland will give Tanzania a
   * grant, the ministry said"), where the parser makes the event the main clause; or null.
   */
  static @Nullable Token reportingTag(Tree tree, Token head) {
    for (Token child : tree.children(head)) {
      if (child.relation().equals("parataxis")
          && child.isVerb()
          && SPEECH_VERBS.contains(Tree.lower(child))) {
        return child;
      }
    }
    return null;
  }

  /** The nominal of an "according to X" phrase in the sentence, or null. */
  static @Nullable Token accordingTo(Tree tree) {
    for (Token token : tree.tokens()) {
      if (Tree.lower(token).equals("according") && token.relation().equals("case")) {
        return tree.head(token);
      }
    }
    return null;
  }
}
