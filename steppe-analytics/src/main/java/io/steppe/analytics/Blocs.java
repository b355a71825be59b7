package io.steppe.analytics;

import io.steppe.model.Modality;
import io.steppe.store.DyadTotal;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.jspecify.annotations.Nullable;

/**
 * Splits countries into two blocs by signed spectral clustering (Kunegis et al., 2010): the
 * Goldstein-weighted event graph, cooperation positive and conflict negative, gives a signed
 * Laplacian whose eigenvector of the smallest eigenvalue puts friends on one side and foes on the
 * other. Countries with fewer than {@code minEvents} events are left out as noise.
 */
public final class Blocs {
  private final EventStore store;

  public Blocs(EventStore store) {
    this.store = store;
  }

  /** The two blocs, each sorted by code; the bloc holding {@code anchor} first. */
  public List<List<String>> split(
      @Nullable LocalDate since, @Nullable LocalDate until, int minEvents, String anchor) {
    Map<String, Map<String, Double>> weights = new TreeMap<>();
    Map<String, Long> counts = new TreeMap<>();
    EventQuery query =
        EventQuery.all().withModality(Modality.ASSERTED).withSince(since).withUntil(until);
    for (DyadTotal total : store.dyadTotals(query, null)) {
      String a = total.source();
      String b = total.target();
      if (!a.equals(b)) {
        weights.computeIfAbsent(a, k -> new TreeMap<>()).merge(b, total.goldstein(), Double::sum);
        weights.computeIfAbsent(b, k -> new TreeMap<>()).merge(a, total.goldstein(), Double::sum);
        counts.merge(a, total.events(), Long::sum);
        counts.merge(b, total.events(), Long::sum);
      }
    }
    List<String> nodes = new ArrayList<>();
    counts.forEach(
        (code, count) -> {
          if (count >= minEvents) {
            nodes.add(code);
          }
        });
    return nodes.size() < 2 ? List.of(nodes, List.of()) : bipartition(nodes, weights, anchor);
  }

  private static List<List<String>> bipartition(
      List<String> nodes, Map<String, Map<String, Double>> weights, String anchor) {
    int n = nodes.size();
    RealMatrix laplacian = new Array2DRowRealMatrix(n, n);
    for (int i = 0; i < n; i++) {
      Map<String, Double> row = weights.getOrDefault(nodes.get(i), Map.of());
      double degree = 0;
      for (int j = 0; j < n; j++) {
        double w = i == j ? 0 : row.getOrDefault(nodes.get(j), 0.0);
        laplacian.setEntry(i, j, -w);
        degree += Math.abs(w);
      }
      laplacian.setEntry(i, i, degree);
    }
    RealVector vector = smallest(new EigenDecomposition(laplacian));
    List<String> positive = new ArrayList<>();
    List<String> negative = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (vector.getEntry(i) >= 0 ? positive : negative).add(nodes.get(i));
    }
    return negative.contains(anchor) ? List.of(negative, positive) : List.of(positive, negative);
  }

  private static RealVector smallest(EigenDecomposition decomposition) {
    double[] values = decomposition.getRealEigenvalues();
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] < values[best]) {
        best = i;
      }
    }
    return decomposition.getEigenvector(best);
  }
}
