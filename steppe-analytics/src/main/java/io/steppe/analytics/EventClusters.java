package io.steppe.analytics;

import io.steppe.model.Event;
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
  private final Map<String, String> outletOfDocument;

  /**
   * @param outletOfDocument each document's source (outlet), to count distinct outlets
   */
  public EventClusters(int windowDays, Map<String, String> outletOfDocument) {
    this.windowDays = windowDays;
    this.outletOfDocument = Map.copyOf(outletOfDocument);
  }

  /** Clusters with the default window and the store's outlets. */
  public static EventClusters forStore(io.steppe.store.EventStore store) {
    return new EventClusters(DEFAULT_WINDOW_DAYS, Outlets.of(store));
  }

  public List<EventCluster> cluster(List<Event> events) {
    Map<String, List<Event>> byKey = new LinkedHashMap<>();
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(EventClusters::day).thenComparing(Event::eventId));
    for (Event event : sorted) {
      byKey.computeIfAbsent(key(event), k -> new ArrayList<>()).add(event);
    }
    List<EventCluster> clusters = new ArrayList<>();
    for (List<Event> group : byKey.values()) {
      split(group, clusters);
    }
    clusters.sort(
        Comparator.comparing((EventCluster c) -> day(c.representative()))
            .thenComparing(c -> c.representative().eventId()));
    return clusters;
  }

  private void split(List<Event> group, List<EventCluster> into) {
    List<Event> current = new ArrayList<>();
    for (Event event : group) {
      if (!current.isEmpty() && gap(current.get(current.size() - 1), event) > windowDays) {
        into.add(close(current));
        current = new ArrayList<>();
      }
      current.add(event);
    }
    if (!current.isEmpty()) {
      into.add(close(current));
    }
  }

  private EventCluster close(List<Event> reports) {
    Set<String> documents = new HashSet<>();
    Set<String> outlets = new HashSet<>();
    for (Event event : reports) {
      documents.add(event.docId());
      outlets.add(outletOfDocument.getOrDefault(event.docId(), event.docId()));
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
