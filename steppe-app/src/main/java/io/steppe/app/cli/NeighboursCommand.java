package io.steppe.app.cli;

import io.steppe.actors.Borders;
import io.steppe.actors.Regions;
import io.steppe.analytics.Alignment;
import io.steppe.analytics.AlignmentQuery;
import io.steppe.analytics.AlignmentScore;
import io.steppe.analytics.Period;
import io.steppe.model.SteppeException;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe neighbours IRN}: is a country being encircled? */
@Command(
    name = "neighbours",
    mixinStandardHelpOptions = true,
    description = {
      "A country's land neighbours with their alignment toward --toward (default USA,ISR) against",
      "the country itself, in the last period with events and the change from the one before."
    })
public final class NeighboursCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "COUNTRY", description = "ISO alpha-3 code, e.g. IRN.")
  String country;

  @Option(names = "--toward", defaultValue = "USA,ISR", paramLabel = "ACTORS")
  String toward;

  @Option(names = "--by", defaultValue = "year", paramLabel = "PERIOD")
  String by;

  @Override
  public Integer call() {
    String code = country.toUpperCase(Locale.ROOT);
    if (!Borders.bundled().covers(code)) {
      throw new SteppeException(
          "no land borders known for " + code + ": add a line to borders.tsv");
    }
    List<String> neighbours = Borders.bundled().of(code);
    AlignmentQuery query =
        new AlignmentQuery(
            neighbours,
            Regions.bundled().expand(toward),
            List.of(code),
            Period.parse(by),
            null,
            null);
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore eventStore = Stores.open(store.location())) {
      List<AlignmentScore> scores = new Alignment(eventStore).scores(query);
      out.printf(
          "neighbours of %s: alignment toward %s against %s (-10..+10)%n", code, toward, code);
      out.printf("%-6s %-10s %6s %8s%n", "actor", "period", "score", "change");
      for (String neighbour : neighbours) {
        print(neighbour, scores.stream().filter(s -> s.actor().equals(neighbour)).toList(), out);
      }
    }
    out.flush();
    return 0;
  }

  private static void print(String neighbour, List<AlignmentScore> history, PrintWriter out) {
    if (history.isEmpty()) {
      out.printf("%-6s %-10s %6s %8s%n", neighbour, "-", "no events", "");
      return;
    }
    AlignmentScore last = history.get(history.size() - 1);
    String change =
        history.size() < 2
            ? ""
            : String.format(
                Locale.ROOT, "%+.2f", last.score() - history.get(history.size() - 2).score());
    out.printf(
        Locale.ROOT, "%-6s %-10s %6.2f %8s%n", neighbour, last.period(), last.score(), change);
  }
}
