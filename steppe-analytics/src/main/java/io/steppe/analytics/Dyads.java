package io.steppe.analytics;

import io.steppe.model.Actor;
import io.steppe.model.Modality;
import io.steppe.store.DyadTotal;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Directed dyads (country or organisation pairs) ranked by how many asserted events they hold. */
public final class Dyads {
  private final EventStore store;

  public Dyads(EventStore store) {
    this.store = store;
  }

  /** The {@code limit} busiest dyads, most events first, then by source and target. */
  public List<DyadTotal> busiest(int limit) {
    List<DyadTotal> dyads = new ArrayList<>();
    for (DyadTotal total :
        store.dyadTotals(EventQuery.all().withModality(Modality.ASSERTED), null)) {
      if (!total.source().equals(total.target())) {
        dyads.add(total);
      }
    }
    dyads.sort(
        Comparator.comparingLong(DyadTotal::events)
            .reversed()
            .thenComparing(DyadTotal::source)
            .thenComparing(DyadTotal::target));
    return dyads.subList(0, Math.min(limit, dyads.size()));
  }

  /** The country, else the organisation, of an actor. */
  static @Nullable String party(@Nullable Actor actor) {
    if (actor == null) {
      return null;
    }
    return actor.country() != null ? actor.country() : actor.org();
  }
}
