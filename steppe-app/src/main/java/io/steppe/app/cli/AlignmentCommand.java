package io.steppe.app.cli;

import io.steppe.actors.Regions;
import io.steppe.analytics.Alignment;
import io.steppe.analytics.AlignmentQuery;
import io.steppe.analytics.AlignmentScore;
import io.steppe.analytics.Blocs;
import io.steppe.analytics.Period;
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
import picocli.CommandLine.Spec;

/** {@code steppe alignment --toward USA,ISR --against IRN,RUS}: who leans which way, and blocs. */
@Command(
    name = "alignment",
    mixinStandardHelpOptions = true,
    description = {
      "Alignment per country and period: half the difference between the mean Goldstein value of",
      "its asserted events with the --toward actors and with the --against actors (both",
      "directions), from -10 to +10. With --blocs, two blocs by signed spectral clustering of the",
      "Goldstein-weighted event graph."
    })
public final class AlignmentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--toward", required = true, paramLabel = "ACTORS", description = "e.g. USA,ISR")
  String toward;

  @Option(names = "--against", required = true, paramLabel = "ACTORS", description = "e.g. IRN,RUS")
  String against;

  @Option(
      names = "--actors",
      paramLabel = "ACTORS",
      description = "Countries or a region to score (default: all with events).")
  String actors;

  @Option(
      names = "--by",
      defaultValue = "year",
      paramLabel = "PERIOD",
      description = "day, week, month, quarter or year (default: year).")
  String by;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD")
  LocalDate until;

  @Option(names = "--blocs", description = "Also split countries into two blocs.")
  boolean blocs;

  @Override
  public Integer call() {
    Regions regions = Regions.bundled();
    List<String> scored = actors == null ? List.of() : regions.expand(actors);
    AlignmentQuery query =
        new AlignmentQuery(
            scored,
            regions.expand(toward),
            regions.expand(against),
            Period.parse(by),
            since,
            until);
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore eventStore = Stores.open(store.location())) {
      print(new Alignment(eventStore).scores(query), query, out);
      if (blocs) {
        List<List<String>> split =
            new Blocs(eventStore).split(since, until, 3, query.toward().get(0));
        out.printf(
            "%nblocs (signed spectral, countries with 3+ events):%n  with %s: %s%n  other:   %s%n",
            query.toward().get(0), String.join(" ", split.get(0)), String.join(" ", split.get(1)));
      }
    }
    out.flush();
    return 0;
  }

  static void print(List<AlignmentScore> scores, AlignmentQuery query, PrintWriter out) {
    out.printf(
        "alignment toward %s against %s (-10..+10)%n",
        String.join(",", query.toward()), String.join(",", query.against()));
    out.printf("%-10s %-6s %6s %7s %8s%n", "period", "actor", "score", "toward", "against");
    for (AlignmentScore score : scores) {
      out.printf(
          Locale.ROOT,
          "%-10s %-6s %6.2f %7d %8d%n",
          score.period(),
          score.actor(),
          score.score(),
          score.towardEvents(),
          score.againstEvents());
    }
  }
}
