package io.steppe.app.cli;

import io.steppe.analytics.DyadPeriod;
import io.steppe.analytics.DyadQuery;
import io.steppe.analytics.DyadSeries;
import io.steppe.analytics.Period;
import io.steppe.model.Event;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe dyad KAZ ISR --by month}: a dyad's events over time, both directions. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    description =
        "Asserted events between two actors per period, both directions, with Goldstein totals and evidence.")
public final class DyadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(
      index = "0",
      paramLabel = "A",
      description = "First actor (country, organisation or code).")
  String first;

  @Parameters(index = "1", paramLabel = "B", description = "Second actor.")
  String second;

  @Option(
      names = "--by",
      defaultValue = "month",
      paramLabel = "PERIOD",
      description = "day, week, month, quarter or year (default: month).")
  String by;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "First date included.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Last date included.")
  LocalDate until;

  @Option(
      names = "--normalise",
      description = "Also show events per document published in the period.")
  boolean normalise;

  @Override
  public Integer call() {
    DyadQuery query =
        new DyadQuery(
            first.toUpperCase(Locale.ROOT),
            second.toUpperCase(Locale.ROOT),
            Period.parse(by),
            since,
            until,
            normalise);
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore eventStore = Stores.open(store.location())) {
      print(new DyadSeries(eventStore).compute(query), out);
    }
    out.flush();
    return 0;
  }

  private static void print(List<DyadPeriod> rows, PrintWriter out) {
    out.printf(
        "%-10s %-5s %-5s %6s %4s %4s %4s %4s %9s %7s %8s  %s%n",
        "period",
        "from",
        "to",
        "events",
        "VC",
        "MC",
        "VK",
        "MK",
        "goldstein",
        "mean",
        "per doc",
        "strongest evidence");
    for (DyadPeriod row : rows) {
      int[] q = row.quadCounts();
      Event top = row.evidence().get(0);
      out.printf(
          Locale.ROOT,
          "%-10s %-5s %-5s %6d %4d %4d %4d %4d %9.1f %7.2f %8.3f  %s %s%n",
          row.start(),
          row.source(),
          row.target(),
          row.events(),
          q[0],
          q[1],
          q[2],
          q[3],
          row.goldsteinSum(),
          row.goldsteinMean(),
          row.perDocument(),
          top.cameo(),
          Tables.shorten(top.sentence(), 70));
    }
    out.printf("%d periods%n", rows.size());
  }
}
