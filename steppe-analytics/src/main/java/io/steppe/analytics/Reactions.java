package io.steppe.analytics;

import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reaction table: for each actor, its strongest asserted stance toward the focal actors in a
 * window, with the events behind it. An actor with no asserted event gets an explicit "no statement
 * found", and its denied statements ("did not condemn") are listed beside it.
 */
public final class Reactions {
  private final EventStore store;

  public Reactions(EventStore store) {
    this.store = store;
  }

  public List<ReactionRow> compute(ReactionQuery query) {
    List<ReactionRow> rows = new ArrayList<>();
    for (String actor : query.actors()) {
      rows.add(row(actor, query));
    }
    return rows;
  }

  private ReactionRow row(String actor, ReactionQuery query) {
    List<Event> asserted = new ArrayList<>();
    List<Event> denied = new ArrayList<>();
    for (String focal : query.against()) {
      EventQuery events =
          EventQuery.all()
              .withSource(actor)
              .withTarget(focal)
              .withSince(query.since())
              .withUntil(query.until());
      for (Event event : store.events(events)) {
        (event.modality() == Modality.ASSERTED ? asserted : denied).add(event);
      }
    }
    asserted.sort(Comparator.comparing(Stance::of).thenComparing(Event::eventId));
    int[] quads = new int[4];
    for (Event event : asserted) {
      quads[event.code().quadClass() - 1]++;
    }
    Stance stance = asserted.isEmpty() ? Stance.NO_STATEMENT : Stance.of(asserted.get(0));
    List<Event> evidence = asserted.stream().filter(e -> Stance.of(e) == stance).toList();
    return new ReactionRow(actor, stance, quads, evidence, denied);
  }
}
