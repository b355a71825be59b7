package io.steppe.coder;

import io.steppe.coder.ActorFinder.Found;
import io.steppe.model.Actor;
import io.steppe.model.text.Token;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Who did an act of state that the text reports without its agent: "a missionary was arrested in
 * Lebanon", "a US national has been put under investigation in Italy". Only a state's authorities
 * arrest, charge, expel, ban or open judicial investigations, so the country the act happened in
 * did it, as a CAMEO coder reads it. Acts anyone may do (attacks, protests) keep an unknown agent.
 */
final class PlaceAuthority {
  /** CAMEO codes (and their sub-codes) of acts only authorities do. */
  private static final List<String> STATE_ACTS = List.of("09", "1125", "172", "173", "174");

  private PlaceAuthority() {}

  /** The country of the place the agentless act happened in, or null. */
  static @Nullable Found of(
      Tree tree, Token verb, String code, Function<Token, List<Found>> resolve) {
    if (STATE_ACTS.stream().noneMatch(code::startsWith)) {
      return null;
    }
    for (Token place : tree.phrases(verb, Set.of("obl"), Set.of("in"))) {
      for (Found found : resolve.apply(place)) {
        Actor actor = found.actor();
        if (!found.fromContext() && actor.country() != null && actor.org() == null) {
          Actor country = Actor.of(actor.country(), null, null, actor.text());
          return new Found(country, found.head(), "in -> authorities of the place", false);
        }
      }
    }
    return null;
  }
}
