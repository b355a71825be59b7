package io.steppe.app.bench;

import java.io.PrintWriter;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * What a load run measured: every answered request's latency in microseconds, and the requests that
 * failed (an answer other than 2xx, or no answer).
 */
public record LoadResult(Histogram latencies, long errors, double seconds) {
  public long requests() {
    return latencies.getTotalCount() + errors;
  }

  public double requestsPerSecond() {
    return requests() / seconds;
  }

  public void print(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "load: %d requests in %.1f s = %.0f requests/s; latency p50 %.2f ms, p99 %.2f ms,"
            + " max %.2f ms; errors %d%n",
        requests(),
        seconds,
        requestsPerSecond(),
        millis(50),
        millis(99),
        latencies.getMaxValue() / 1000.0,
        errors);
  }

  private double millis(double percentile) {
    return latencies.getValueAtPercentile(percentile) / 1000.0;
  }
}
