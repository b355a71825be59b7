package io.steppe.coder;

import io.steppe.coder.ActorFinder.Found;
import io.steppe.model.Actor;
import io.steppe.model.text.Token;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * "A missionary was arrested in Lebanon", "a US national has been put under investigation in
 * Italy": acts only a state performs (its police, prosecutors, courts and border officials), told
 * in the passive without an agent, are the acts of the state where they happened, as CAMEO coders
 * code them. Only arrests, detentions, charges and trials, deportations, convictions and sentences,
 * bans, and criminal investigations count: anyone may be attacked, criticised or freed somewhere.
 */
final class StateActs {
  /**
   * CAMEO codes, and the codes under them, of acts only a state performs: investigations (09),
   * convictions and sentences (116), arrests on spying or collaboration charges (1125), bans and
   * other administrative sanctions (172), arrests, detentions and charges (173), expulsions and
   * deportations of individuals (174).
   */
  private static final List<String> CODES = List.of("09", "116", "1125", "172", "173", "174");

  private StateActs() {}

  /**
   * The country an agentless passive state act happened in, read from an "in" phrase of its verb,
   * with its path; null for another act or when no phrase names a country.
   *
   * @param resolve the actors a phrase of the clause names
   */
  static @Nullable Found source(
      Tree tree, Token verb, String code, Function<Token, List<Found>> resolve) {
    if (CODES.stream().noneMatch(code::startsWith) || !tree.isPassive(verb)) {
      return null;
    }
    for (Token place : tree.phrases(verb, Set.of("obl"), Set.of("in"))) {
      if (!tree.mayName(place, 2)) {
        continue;
      }
      for (Found found : resolve.apply(place)) {
        Actor actor = found.actor();
        if (!found.fromContext() && actor.country() != null && actor.org() == null) {
          Actor state = Actor.of(actor.country(), null, null, actor.text());
          String path =
              "a state act in " + actor.text() + " -> source (the state where it happened)";
          return new Found(state, found.head(), path, false);
        }
      }
    }
    return null;
  }
}
