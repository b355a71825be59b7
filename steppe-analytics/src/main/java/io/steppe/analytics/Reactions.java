package io.steppe.analytics;

import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reaction table: for each actor, its strongest asserted stance toward the focal actors in a
 * window, with the events behind it. An actor with no asserted event gets an explicit "no statement
 * found", and its denied statements ("did not condemn") are listed beside it.
 *
 * <p>Appeals and expressions of concern addressed to no one in particular ("called on all sides to
 * show restraint") count as reactions when their document reports events of the focal actors: news
 * of a strike and the calls for calm it drew are told together.
 */
public final class Reactions {
  private final EventStore store;

  public Reactions(EventStore store) {
    this.store = store;
  }

  public List<ReactionRow> compute(ReactionQuery query) {
    Set<String> focalDocuments = focalDocuments(query);
    EventClusters clusters = EventClusters.forStore(store);
    List<ReactionRow> rows = new ArrayList<>();
    for (String actor : query.actors()) {
      rows.add(row(actor, query, focalDocuments, clusters));
    }
    return rows;
  }

  private ReactionRow row(
      String actor, ReactionQuery query, Set<String> focalDocuments, EventClusters clusters) {
    List<Event> asserted = new ArrayList<>();
    List<Event> denied = new ArrayList<>();
    for (Event event : candidates(actor, query)) {
      boolean toward = isFocal(event, query);
      boolean general =
          !toward && isUndirectedReaction(event) && focalDocuments.contains(event.docId());
      if (toward || general) {
        (event.modality() == Modality.ASSERTED ? asserted : denied).add(event);
      }
    }
    asserted.sort(Comparator.comparing(Stance::of).thenComparing(Event::eventId));
    Stance stance = asserted.isEmpty() ? Stance.NO_STATEMENT : Stance.of(asserted.get(0));
    List<Event> evidence = asserted.stream().filter(e -> Stance.of(e) == stance).toList();
    return new ReactionRow(actor, stance, quadCounts(asserted, query, clusters), evidence, denied);
  }

  /**
   * The actor's events toward each focal actor, and its statements and appeals (roots 01 and 02) to
   * anyone: the store selects them, so a large store is never read whole.
   */
  private List<Event> candidates(String actor, ReactionQuery query) {
    EventQuery own = window(query).withSource(actor);
    List<EventQuery> queries = new ArrayList<>();
    for (String focal : query.against()) {
      queries.add(own.withTarget(focal));
    }
    queries.add(own.withRoot("01"));
    queries.add(own.withRoot("02"));
    return store.eventsOfAny(queries);
  }

  private static int[] quadCounts(
      List<Event> asserted, ReactionQuery query, EventClusters clusters) {
    int[] quads = new int[4];
    if (query.reports()) {
      asserted.forEach(event -> quads[event.code().quadClass() - 1]++);
    } else {
      clusters.cluster(asserted).forEach(c -> quads[c.representative().code().quadClass() - 1]++);
    }
    return quads;
  }

  private static EventQuery window(ReactionQuery query) {
    return EventQuery.all().withSince(query.since()).withUntil(query.until());
  }

  private Set<String> focalDocuments(ReactionQuery query) {
    Set<String> documents = new HashSet<>();
    for (String focal : query.against()) {
      documents.addAll(store.documentsWith(window(query).withSource(focal)));
      documents.addAll(store.documentsWith(window(query).withTarget(focal)));
    }
    return documents;
  }

  private static boolean isFocal(Event event, ReactionQuery query) {
    String target = EventClusters.party(event.target());
    return query.against().contains(target)
        || (event.target() != null && query.against().contains(event.target().code()));
  }

  /** An appeal or expression of concern with no actor named as its addressee. */
  private static boolean isUndirectedReaction(Event event) {
    boolean undirected = event.target() == null || !event.target().isKnown();
    Stance stance = Stance.of(event);
    return undirected
        && (stance == Stance.APPEALED_FOR_RESTRAINT || stance == Stance.EXPRESSED_CONCERN);
  }
}
