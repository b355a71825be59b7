package io.steppe.app.bench;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What a load run measured: every answered request's latency in microseconds by path, and the
 * requests that failed (an answer other than 2xx, or no answer).
 */
public record LoadResult(Map<String, Histogram> byPath, long errors, double seconds) {
  /** The slowest paths are named, as one heavy analysis can set the p99 of the whole mix. */
  private static final int SLOWEST = 3;

  public LoadResult {
    byPath = Map.copyOf(byPath);
  }

  /** All answered requests' latencies together. */
  public Histogram latencies() {
    Histogram all = LoadDriver.histogram();
    byPath.values().forEach(all::add);
    return all;
  }

  public long requests() {
    return latencies().getTotalCount() + errors;
  }

  public double requestsPerSecond() {
    return requests() / seconds;
  }

  public void print(PrintWriter out) {
    Histogram latencies = latencies();
    out.printf(
        Locale.ROOT,
        "load: %d requests in %.1f s = %.0f requests/s; latency p50 %.2f ms, p99 %.2f ms,"
            + " max %.2f ms; errors %d%n",
        requests(),
        seconds,
        requestsPerSecond(),
        millis(latencies, 50),
        millis(latencies, 99),
        latencies.getMaxValue() / 1000.0,
        errors);
    byPath.entrySet().stream()
        .sorted(Comparator.comparingLong(e -> -e.getValue().getValueAtPercentile(99)))
        .limit(SLOWEST)
        .forEach(
            e ->
                out.printf(
                    Locale.ROOT,
                    "  slowest: %s %d requests, p50 %.2f ms, p99 %.2f ms%n",
                    e.getKey(),
                    e.getValue().getTotalCount(),
                    millis(e.getValue(), 50),
                    millis(e.getValue(), 99)));
  }

  private static double millis(Histogram histogram, double percentile) {
    return histogram.getValueAtPercentile(percentile) / 1000.0;
  }
}
