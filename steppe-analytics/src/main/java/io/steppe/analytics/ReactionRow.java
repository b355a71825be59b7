package io.steppe.analytics;

import io.steppe.model.Event;
import java.util.List;

/**
 * One actor's reaction.
 *
 * @param stance the strongest asserted stance toward the focal actors
 * @param quadCounts asserted events by quad class (index 0 = quad class 1)
 * @param evidence asserted events behind the stance, strongest first
 * @param denied negated or hypothetical events toward the focal actors ("did not condemn")
 */
@SuppressWarnings("ArrayRecordComponent") // copied in and out; equals compares contents
public record ReactionRow(
    String actor, Stance stance, int[] quadCounts, List<Event> evidence, List<Event> denied) {
  public ReactionRow {
    quadCounts = quadCounts.clone();
    evidence = List.copyOf(evidence);
    denied = List.copyOf(denied);
  }

  @Override
  public int[] quadCounts() {
    return quadCounts.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReactionRow row
        && actor.equals(row.actor)
        && stance == row.stance
        && java.util.Arrays.equals(quadCounts, row.quadCounts)
        && evidence.equals(row.evidence)
        && denied.equals(row.denied);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        actor, stance, java.util.Arrays.hashCode(quadCounts), evidence, denied);
  }

  @Override
  public String toString() {
    return actor + ": " + stance.label() + " (" + evidence.size() + " events)";
  }
}
