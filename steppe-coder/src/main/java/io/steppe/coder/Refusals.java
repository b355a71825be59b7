package io.steppe.coder;

import io.steppe.model.text.Token;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "Serbia will not release the prisoners", "the US said it would not meet their demands": an actor
 * saying it will not yield, meet or cooperate refuses to, which CAMEO codes as a rejection (12) of
 * that kind; the negated action itself did not happen and is not coded.
 */
final class Refusals {
  private static final Set<String> FUTURE = Set.of("will", "would", "wo", "'ll");
  private static final Set<String> NOT = Set.of("not", "n't", "never");
  private static final String REJECT = "12";

  private Refusals() {}

  /** The refusal's code, or null when the verb is not a refused cooperative action. */
  static @Nullable String of(Tree tree, Token verb, String code) {
    if (!tree.hasChild(verb, "aux", FUTURE) || !tree.hasChild(verb, "advmod", NOT)) {
      return null;
    }
    return ComplementCodes.of(REJECT, code);
  }
}
