package io.steppe.analytics;

import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import io.steppe.store.QueryResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dyad's asserted events per period in both directions: counts by quad class and PLOVER type,
 * Goldstein sum and mean, the strongest evidence, and optionally events per document published in
 * the period, so a busy news month does not read as a change in relations.
 */
public final class DyadSeries {
  private static final String DOCUMENT_DATES = "SELECT date FROM documents WHERE date IS NOT NULL";
  private static final int EVIDENCE = 3;

  private final EventStore store;

  public DyadSeries(EventStore store) {
    this.store = store;
  }

  public List<DyadPeriod> compute(DyadQuery query) {
    Map<LocalDate, Integer> documents =
        query.normalise() ? documentsPerPeriod(query.period()) : Map.of();
    List<DyadPeriod> rows = new ArrayList<>();
    rows.addAll(direction(query, query.first(), query.second(), documents));
    rows.addAll(direction(query, query.second(), query.first(), documents));
    rows.sort(Comparator.comparing(DyadPeriod::start).thenComparing(DyadPeriod::source));
    return rows;
  }

  private List<DyadPeriod> direction(
      DyadQuery dyad, String source, String target, Map<LocalDate, Integer> documents) {
    EventQuery query =
        EventQuery.all()
            .withSource(source)
            .withTarget(target)
            .withSince(dyad.since())
            .withUntil(dyad.until())
            .withModality(Modality.ASSERTED);
    Map<LocalDate, List<Event>> byPeriod = new TreeMap<>();
    for (Event event : store.events(query)) {
      if (event.date() != null) {
        byPeriod
            .computeIfAbsent(dyad.period().start(event.date()), k -> new ArrayList<>())
            .add(event);
      }
    }
    List<DyadPeriod> rows = new ArrayList<>();
    byPeriod.forEach(
        (start, events) ->
            rows.add(summarise(start, source, target, events, documents.getOrDefault(start, 0))));
    return rows;
  }

  private static DyadPeriod summarise(
      LocalDate start, String source, String target, List<Event> events, int documents) {
    int[] quads = new int[4];
    Map<String, Integer> plover = new TreeMap<>();
    double sum = 0;
    for (Event event : events) {
      quads[event.code().quadClass() - 1]++;
      plover.merge(event.code().plover(), 1, Integer::sum);
      sum += event.code().goldstein();
    }
    List<Event> evidence = new ArrayList<>(events);
    evidence.sort(
        Comparator.comparingDouble((Event e) -> -Math.abs(e.code().goldstein()))
            .thenComparing(Event::eventId));
    double perDocument = documents == 0 ? 0 : events.size() / (double) documents;
    return new DyadPeriod(
        start,
        source,
        target,
        events.size(),
        quads,
        plover,
        sum,
        perDocument,
        evidence.subList(0, Math.min(EVIDENCE, evidence.size())));
  }

  private Map<LocalDate, Integer> documentsPerPeriod(Period period) {
    QueryResult result = store.query(DOCUMENT_DATES);
    Map<LocalDate, Integer> counts = new HashMap<>();
    for (List<String> row : result.rows()) {
      counts.merge(period.start(LocalDate.parse(row.get(0))), 1, Integer::sum);
    }
    return counts;
  }
}
