package io.steppe.analytics;

import io.steppe.model.Modality;
import io.steppe.store.DyadTotal;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alignment scores from the signed, Goldstein-weighted event graph. For a country and a period: the
 * mean Goldstein value of its asserted events with the "toward" actors (either direction), minus
 * the same mean with the "against" actors, halved, so +10 is all cooperation with one side and all
 * conflict with the other. The graph comes from the store already totalled per dyad and period, so
 * the cost does not grow with the number of events held in memory.
 */
public final class Alignment {
  private final EventStore store;

  public Alignment(EventStore store) {
    this.store = store;
  }

  public List<AlignmentScore> scores(AlignmentQuery query) {
    EventQuery asserted =
        EventQuery.all()
            .withModality(Modality.ASSERTED)
            .withSince(query.since())
            .withUntil(query.until());
    Map<String, Map<LocalDate, double[]>> sums = new TreeMap<>();
    for (DyadTotal total : store.dyadTotals(asserted, query.period().unit())) {
      add(sums, query, total, total.source(), total.target());
      add(sums, query, total, total.target(), total.source());
    }
    List<AlignmentScore> scores = new ArrayList<>();
    sums.forEach(
        (actor, periods) -> periods.forEach((period, s) -> scores.add(score(actor, period, s))));
    scores.sort(Comparator.comparing(AlignmentScore::period).thenComparing(AlignmentScore::actor));
    return scores;
  }

  /** Adds a dyad total to {@code actor}'s sums when its other party is on one side. */
  private static void add(
      Map<String, Map<LocalDate, double[]>> sums,
      AlignmentQuery query,
      DyadTotal total,
      String actor,
      String other) {
    boolean toward = query.toward().contains(other);
    boolean against = query.against().contains(other);
    if (total.period() == null || !isScored(query, actor) || toward == against) {
      return;
    }
    double[] s =
        sums.computeIfAbsent(actor, k -> new TreeMap<>())
            .computeIfAbsent(total.period(), k -> new double[4]);
    int side = toward ? 0 : 2;
    s[side] += total.goldstein();
    s[side + 1] += total.events();
  }

  private static boolean isScored(AlignmentQuery query, String actor) {
    if (!query.actors().isEmpty()) {
      return query.actors().contains(actor);
    }
    return !query.toward().contains(actor) && !query.against().contains(actor);
  }

  private static AlignmentScore score(String actor, LocalDate period, double[] s) {
    double towardMean = s[1] == 0 ? 0 : s[0] / s[1];
    double againstMean = s[3] == 0 ? 0 : s[2] / s[3];
    double score = Math.round((towardMean - againstMean) / 2 * 100) / 100.0;
    return new AlignmentScore(actor, period, score, (int) s[1], (int) s[3]);
  }
}
