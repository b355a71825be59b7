package io.steppe.actors;

import io.steppe.model.Actor;
import org.jspecify.annotations.Nullable;

/**
 * What a phrase resolved to.
 *
 * @param kind NAMED when a dictionary name was found; SECTOR_ONLY for descriptions such as "the
 *     ministry" that need the discourse to name their country; UNKNOWN otherwise
 * @param sector the sector an agent noun in the phrase gives, if any
 */
public record Resolution(Actor actor, Kind kind, @Nullable String sector) {

  /** How much of the actor the phrase itself names. */
  public enum Kind {
    NAMED,
    SECTOR_ONLY,
    UNKNOWN
  }

  static Resolution unknown(String text) {
    return new Resolution(Actor.unknown(text), Kind.UNKNOWN, null);
  }

  public boolean isNamed() {
    return kind == Kind.NAMED;
  }
}
