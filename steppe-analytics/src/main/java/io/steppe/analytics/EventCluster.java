package io.steppe.analytics;

import io.steppe.model.Event;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One happening as several reports tell it: events with the same source, target and CAMEO root,
 * dated close together.
 *
 * @param reports the events, oldest first
 * @param documents how many documents report it
 * @param outlets how many distinct outlets (document sources) report it
 */
public record EventCluster(
    String source,
    String target,
    String root,
    @Nullable LocalDate first,
    @Nullable LocalDate last,
    List<Event> reports,
    int documents,
    int outlets) {

  public EventCluster {
    reports = List.copyOf(reports);
  }

  /** The report shown for the cluster: its first. */
  public Event representative() {
    return reports.get(0);
  }
}
