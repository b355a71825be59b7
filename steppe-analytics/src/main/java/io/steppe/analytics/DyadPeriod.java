package io.steppe.analytics;

import io.steppe.model.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One period of a dyad series in one direction.
 *
 * @param start first day of the period
 * @param quadCounts events by quad class (index 0 = quad class 1)
 * @param plover events by PLOVER type
 * @param goldsteinSum sum of the events' Goldstein values
 * @param perDocument events per document published in the period (when normalised), else 0
 * @param evidence the strongest events (largest absolute Goldstein value), at most three
 */
@SuppressWarnings("ArrayRecordComponent") // copied in and out; equals compares contents
public record DyadPeriod(
    LocalDate start,
    String source,
    String target,
    int events,
    int[] quadCounts,
    Map<String, Integer> plover,
    double goldsteinSum,
    double perDocument,
    List<Event> evidence) {

  public DyadPeriod {
    quadCounts = quadCounts.clone();
    plover = Map.copyOf(plover);
    evidence = List.copyOf(evidence);
  }

  @Override
  public int[] quadCounts() {
    return quadCounts.clone();
  }

  public double goldsteinMean() {
    return events == 0 ? 0 : goldsteinSum / events;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DyadPeriod p
        && start.equals(p.start)
        && source.equals(p.source)
        && target.equals(p.target)
        && events == p.events
        && java.util.Arrays.equals(quadCounts, p.quadCounts)
        && plover.equals(p.plover)
        && goldsteinSum == p.goldsteinSum
        && perDocument == p.perDocument
        && evidence.equals(p.evidence);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        start, source, target, events, java.util.Arrays.hashCode(quadCounts), plover, goldsteinSum);
  }

  @Override
  public String toString() {
    return start
        + " "
        + source
        + ">"
        + target
        + " "
        + events
        + " events, Goldstein "
        + goldsteinSum;
  }
}
