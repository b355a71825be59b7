package io.steppe.coder;

import io.steppe.model.text.Token;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "Serbia will not release the prisoners", "the US said it would not meet their demands": an actor
 * saying it will not yield, meet or cooperate refuses to, which CAMEO codes as a rejection (12) of
 * that kind, as does declining to; the negated action itself did not happen and is not coded.
 */
final class Refusals {
  private static final Set<String> FUTURE = Set.of("will", "would", "wo", "'ll");
  private static final Set<String> NOT = Set.of("not", "n't", "never");
  private static final String REJECT = "12";

  private Refusals() {}

  /** The refusal's code, or null when the verb is not a refused cooperative action. */
  static @Nullable String of(Tree tree, Token verb, String code) {
    boolean willNot = tree.hasChild(verb, "aux", FUTURE) && tree.hasChild(verb, "advmod", NOT);
    return willNot || declined(tree, verb) ? ComplementCodes.of(REJECT, code) : null;
  }

  /**
   * "declined to meet the envoy" refuses a meeting as "refused to" does; a hostile act declined
   * ("declined to criticise") finds no refusal code and stays a denied act.
   */
  private static boolean declined(Tree tree, Token verb) {
    Token governor = tree.head(verb);
    return governor != null
        && verb.relation().equals("xcomp")
        && Tree.lower(governor).equals("decline")
        && !tree.hasChild(governor, "advmod", NOT);
  }
}
