package io.steppe.analytics;

import io.steppe.model.Event;
import io.steppe.store.EventStore;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Groups events that report the same happening: same source and target party, same CAMEO root, each
 * within {@code windowDays} of the previous report. News repeats itself; counting clusters instead
 * of reports keeps one wire story reprinted ten times from counting ten times.
 */
public final class EventClusters {
  /** Reports this many days apart or fewer can be the same happening. */
  public static final int DEFAULT_WINDOW_DAYS = 3;

  private final int windowDays;
  private final EventStore store;

  /**
   * @param store where the outlets (document sources) of the clustered reports are read
   */
  public EventClusters(int windowDays, EventStore store) {
    this.windowDays = windowDays;
    this.store = store;
  }

  /** Clusters with the default window. */
  public static EventClusters forStore(EventStore store) {
    return new EventClusters(DEFAULT_WINDOW_DAYS, store);
  }

  public List<EventCluster> cluster(List<Event> events) {
    Set<String> documents = new HashSet<>();
    events.forEach(event -> documents.add(event.docId()));
    Map<String, String> outlets = store.outlets(documents);
    Map<String, List<Event>> byKey = new LinkedHashMap<>();
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(EventClusters::day).thenComparing(Event::eventId));
    for (Event event : sorted) {
      byKey.computeIfAbsent(key(event), k -> new ArrayList<>()).add(event);
    }
    List<EventCluster> clusters = new ArrayList<>();
    for (List<Event> group : byKey.values()) {
      split(group, outlets, clusters);
    }
    clusters.sort(
        Comparator.comparing((EventCluster c) -> day(c.representative()))
            .thenComparing(c -> c.representative().eventId()));
    return clusters;
  }

  private void split(List<Event> group, Map<String, String> outlets, List<EventCluster> into) {
    List<Event> current = new ArrayList<>();
    for (Event event : group) {
      if (!current.isEmpty() && gap(current.get(current.size() - 1), event) > windowDays) {
        into.add(close(current, outlets));
        current = new ArrayList<>();
      }
      current.add(event);
    }
    if (!current.isEmpty()) {
      into.add(close(current, outlets));
    }
  }

  private static EventCluster close(List<Event> reports, Map<String, String> outletOf) {
    Set<String> documents = new HashSet<>();
    Set<String> outlets = new HashSet<>();
    for (Event event : reports) {
      documents.add(event.docId());
      outlets.add(outletOf.getOrDefault(event.docId(), event.docId()));
    }
    Event first = reports.get(0);
    return new EventCluster(
        party(first.source()),
        party(first.target()),
        first.cameoRoot(),
        first.date(),
        reports.get(reports.size() - 1).date(),
        reports,
        documents.size(),
        outlets.size());
  }

  private static long gap(Event earlier, Event later) {
    return earlier.date() == null || later.date() == null
        ? 0
        : ChronoUnit.DAYS.between(earlier.date(), later.date());
  }

  private static String key(Event event) {
    return party(event.source()) + ">" + party(event.target()) + ":" + event.cameoRoot();
  }

  static String party(io.steppe.model.@Nullable Actor actor) {
    String party = Dyads.party(actor);
    return party == null ? "?" : party;
  }

  private static LocalDate day(Event event) {
    return event.date() == null ? LocalDate.MIN : event.date();
  }
}
