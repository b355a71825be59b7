package io.steppe.analytics;

import io.steppe.model.Claim;
import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets claims about an actor beside what followed: for each claim, the asserted events with the
 * actor as source or target dated after the claim, oldest first.
 */
public final class Claims {
  private final EventStore store;

  public Claims(EventStore store) {
    this.store = store;
  }

  public List<ClaimCheck> about(String party, int laterPerClaim) {
    List<ClaimCheck> checks = new ArrayList<>();
    for (Claim claim : store.claimsAbout(party)) {
      checks.add(new ClaimCheck(claim, later(party, claim, laterPerClaim)));
    }
    return checks;
  }

  private List<Event> later(String party, Claim claim, int limit) {
    if (claim.date() == null) {
      return List.of();
    }
    EventQuery after =
        EventQuery.all().withSince(claim.date().plusDays(1)).withModality(Modality.ASSERTED);
    Map<String, Event> events = new LinkedHashMap<>();
    store.events(after.withSource(party)).forEach(e -> events.put(e.eventId(), e));
    store.events(after.withTarget(party)).forEach(e -> events.put(e.eventId(), e));
    List<Event> sorted = new ArrayList<>(events.values());
    sorted.sort(Comparator.comparing(Event::date).thenComparing(Event::eventId));
    return sorted.subList(0, Math.min(limit, sorted.size()));
  }
}
