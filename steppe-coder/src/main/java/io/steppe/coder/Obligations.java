package io.steppe.coder;

import io.steppe.model.text.Token;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the actor a statement says must act ("Russia said Sudan must return the helicopter"): CAMEO
 * codes such a statement as a demand on that actor, not as a bare comment.
 */
final class Obligations {
  private static final Set<String> MUST = Set.of("must");

  private Obligations() {}

  /**
   * The named subject of a clause the statement reports with "must", or null. Pronoun subjects are
   * left out: "we must" and "it must" are the speaker's own resolve far more often than a demand.
   */
  static @Nullable Token obliged(Tree tree, Token statement) {
    for (Token clause : tree.children(statement)) {
      if (clause.relation().equals("ccomp") && tree.hasChild(clause, "aux", MUST)) {
        Token subject = tree.child(clause, Set.of("nsubj"));
        if (subject != null && !subject.pos().startsWith("PRP")) {
          return subject;
        }
      }
    }
    return null;
  }
}
