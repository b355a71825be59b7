package io.steppe.analytics;

import io.steppe.model.Claim;
import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets claims about an actor beside what followed: for each claim, the asserted events with the
 * actor as source or target dated after the claim, oldest first.
 */
public final class Claims {
  private final EventStore store;

  /** The order the store returns events in: date, document, sentence, id. */
  private static final Comparator<Event> STORE_ORDER =
      Comparator.comparing(Event::date)
          .thenComparing(Event::docId)
          .thenComparingInt(Event::sentenceIndex)
          .thenComparing(Event::eventId);

  public Claims(EventStore store) {
    this.store = store;
  }

  public List<ClaimCheck> about(String party, int laterPerClaim) {
    List<ClaimCheck> checks = new ArrayList<>();
    // Claims of one day (often of one article) share what followed: one lookup per day.
    Map<LocalDate, List<Event>> laterByDay = new HashMap<>();
    for (Claim claim : store.claimsAbout(party)) {
      List<Event> later =
          claim.date() == null
              ? List.of()
              : laterByDay.computeIfAbsent(claim.date(), day -> later(party, day, laterPerClaim));
      checks.add(new ClaimCheck(claim, later));
    }
    return checks;
  }

  private List<Event> later(String party, LocalDate day, int limit) {
    // The first few of each direction in the store's order are enough for the first few of both:
    // reading every later event of the party made each claim cost a scan of its whole future.
    EventQuery after =
        EventQuery.all()
            .withSince(day.plusDays(1))
            .withModality(Modality.ASSERTED)
            .withLimit(limit);
    Map<String, Event> events = new LinkedHashMap<>();
    store.events(after.withSource(party)).forEach(e -> events.put(e.eventId(), e));
    store.events(after.withTarget(party)).forEach(e -> events.put(e.eventId(), e));
    List<Event> sorted = new ArrayList<>(events.values());
    sorted.sort(STORE_ORDER);
    return sorted.subList(0, Math.min(limit, sorted.size()));
  }
}
