package io.steppe.app.cli;

import com.sun.management.OperatingSystemMXBean;
import io.steppe.analytics.Alignment;
import io.steppe.analytics.AlignmentQuery;
import io.steppe.analytics.DyadQuery;
import io.steppe.analytics.DyadSeries;
import io.steppe.analytics.Period;
import io.steppe.analytics.ReactionQuery;
import io.steppe.analytics.Reactions;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import io.steppe.store.SyntheticEvents;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Latency of the analyses on a synthetic store: loads N events, then times each analysis three
 * times and prints the median, with the machine beside the figures.
 */
final class AnalysisBench {
  private static final int RUNS = 3;
  private static final OperatingSystemMXBean CPU =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private AnalysisBench() {}

  /**
   * @param kept the store file to keep and reuse, or null for a new one in a temporary folder
   */
  static void run(long events, @Nullable Path kept, PrintWriter out) throws IOException {
    Path file =
        kept != null
            ? kept
            : Files.createTempDirectory("steppe-analysis-bench").resolve("synthetic.duckdb");
    String location = file.toString();
    out.printf(
        "machine: %d cores, max heap %d MB; store: DuckDB at %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        location);
    if (Files.exists(file)) {
      out.printf("synthetic load: skipped, the store exists already%n");
    } else {
      load(location, events, out);
    }
    out.flush();
    try (EventStore store = Stores.open(location)) {
      timeAnalyses(store, out);
    }
    out.flush();
  }

  private static void timeAnalyses(EventStore store, PrintWriter out) {
    ReactionQuery reactions =
        new ReactionQuery(
            List.of("KAZ", "KGZ", "TJK", "TKM", "UZB"),
            List.of("ISR", "USA"),
            LocalDate.of(2025, 6, 13),
            LocalDate.of(2025, 7, 31));
    time(
        out,
        "reactions (5 actors, 2 focal, 7 weeks)",
        () -> new Reactions(store).compute(reactions));
    DyadQuery dyad = new DyadQuery("KAZ", "ISR", Period.MONTH, null, null, false);
    time(out, "dyad series KAZ-ISR by month, 11 years", () -> new DyadSeries(store).compute(dyad));
    AlignmentQuery alignment =
        new AlignmentQuery(
            List.of(), List.of("USA", "ISR"), List.of("IRN", "RUS"), Period.YEAR, null, null);
    time(out, "alignment, all countries by year", () -> new Alignment(store).scores(alignment));
  }

  private static void load(String location, long events, PrintWriter out) {
    long start = System.nanoTime();
    SyntheticEvents.fill(location, events);
    double load = (System.nanoTime() - start) / 1e9;
    out.printf(
        Locale.ROOT,
        "synthetic load: %,d events in %.1f s = %,.0f events/s%n",
        events,
        load,
        events / load);
  }

  /**
   * Prints the median wall time, and the CPU time of the whole process (DuckDB's threads included)
   * per run: on a machine others share, wall times vary several-fold from run to run, CPU time far
   * less, so it is the figure to compare two versions by.
   */
  private static void time(PrintWriter out, String what, Runnable analysis) {
    double[] seconds = new double[RUNS];
    long cpuStart = CPU.getProcessCpuTime();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      analysis.run();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    double cpu = (CPU.getProcessCpuTime() - cpuStart) / 1e9 / RUNS;
    Arrays.sort(seconds);
    out.printf(
        Locale.ROOT,
        "%-42s median %.3f s (min %.3f, max %.3f), CPU %.3f s per run%n",
        what,
        seconds[RUNS / 2],
        seconds[0],
        seconds[RUNS - 1],
        cpu);
    out.flush();
  }
}
