package io.steppe.analytics;

import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.store.DyadRows;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import io.steppe.store.PeriodTotal;
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
 * the period, so a busy news month does not read as a change in relations. The store totals and
 * ranks the events; only the evidence is read as events.
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
    EventQuery window =
        EventQuery.all()
            .withSince(query.since())
            .withUntil(query.until())
            .withModality(Modality.ASSERTED);
    String unit = query.period().unit();
    Map<Direction, List<PeriodTotal>> totals = new TreeMap<>(DIRECTION_ORDER);
    DyadRows read = store.dyad(window, unit, query.first(), query.second(), EVIDENCE);
    for (PeriodTotal total : read.totals()) {
      Direction direction = new Direction(total.period(), total.source(), total.target());
      totals.computeIfAbsent(direction, k -> new ArrayList<>()).add(total);
    }
    Map<Direction, List<Event>> evidence = new HashMap<>();
    for (Event event : read.strongest()) {
      Direction direction =
          new Direction(
              query.period().start(event.date()),
              EventClusters.party(event.source()),
              EventClusters.party(event.target()));
      evidence.computeIfAbsent(direction, k -> new ArrayList<>()).add(event);
    }
    List<DyadPeriod> rows = new ArrayList<>();
    totals.forEach(
        (direction, parts) ->
            rows.add(
                summarise(
                    direction,
                    parts,
                    strongestFirst(evidence.getOrDefault(direction, List.of())),
                    documents.getOrDefault(direction.start(), 0))));
    return rows;
  }

  private static final Comparator<Direction> DIRECTION_ORDER =
      Comparator.comparing(Direction::start).thenComparing(Direction::source);

  /** One period of one direction. */
  private record Direction(LocalDate start, String source, String target) {}

  private static DyadPeriod summarise(
      Direction direction, List<PeriodTotal> parts, List<Event> evidence, int documents) {
    int[] quads = new int[4];
    Map<String, Integer> plover = new TreeMap<>();
    double sum = 0;
    int events = 0;
    for (PeriodTotal part : parts) {
      quads[part.quadClass() - 1] += (int) part.events();
      plover.merge(part.plover(), (int) part.events(), Integer::sum);
      sum += part.goldstein();
      events += (int) part.events();
    }
    double perDocument = documents == 0 ? 0 : events / (double) documents;
    return new DyadPeriod(
        direction.start(),
        direction.source(),
        direction.target(),
        events,
        quads,
        plover,
        sum,
        perDocument,
        evidence.subList(0, Math.min(EVIDENCE, evidence.size())));
  }

  private static List<Event> strongestFirst(List<Event> events) {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(
        Comparator.comparingDouble((Event e) -> -Math.abs(e.code().goldstein()))
            .thenComparing(Event::eventId));
    return sorted;
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
