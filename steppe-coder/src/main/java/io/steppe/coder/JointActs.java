package io.steppe.coder;

import io.steppe.coder.ActorFinder.Found;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "French and Egyptian warships launched war games": a show of military force two parties stage
 * together, with no one it is aimed at, is military cooperation between them, which the coder then
 * codes both ways as it does any cooperation of a compound subject.
 */
final class JointActs {
  private static final String SHOW_OF_FORCE = "150";
  private static final String MILITARY_COOPERATION = "062";

  private JointActs() {}

  /** The code an event of this code and these actors takes as a joint act, or null. */
  static @Nullable String code(String code, List<Found> sources, List<Found> targets) {
    long parties = sources.stream().map(found -> found.actor().code()).distinct().count();
    return code.equals(SHOW_OF_FORCE) && parties > 1 && targets.isEmpty()
        ? MILITARY_COOPERATION
        : null;
  }
}
