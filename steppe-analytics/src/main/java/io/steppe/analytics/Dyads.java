package io.steppe.analytics;

import io.steppe.model.Actor;
import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Directed dyads (country or organisation pairs) ranked by how many asserted events they hold. */
public final class Dyads {
  private final EventStore store;

  public Dyads(EventStore store) {
    this.store = store;
  }

  /** The {@code limit} busiest dyads, most events first, then by Goldstein total. */
  public List<DyadTotal> busiest(int limit) {
    Map<String, double[]> totals = new LinkedHashMap<>();
    for (Event event : store.events(EventQuery.all().withModality(Modality.ASSERTED))) {
      String source = party(event.source());
      String target = party(event.target());
      if (source != null && target != null && !source.equals(target)) {
        double[] total = totals.computeIfAbsent(source + ">" + target, k -> new double[2]);
        total[0]++;
        total[1] += event.code().goldstein();
      }
    }
    List<DyadTotal> dyads = new ArrayList<>();
    totals.forEach(
        (key, total) ->
            dyads.add(
                new DyadTotal(
                    key.substring(0, key.indexOf('>')),
                    key.substring(key.indexOf('>') + 1),
                    (int) total[0],
                    total[1])));
    dyads.sort(
        Comparator.comparingInt(DyadTotal::events)
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
