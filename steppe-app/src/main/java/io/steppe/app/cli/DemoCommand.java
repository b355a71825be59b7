package io.steppe.app.cli;

import io.steppe.analytics.Dyads;
import io.steppe.analytics.ReactionQuery;
import io.steppe.analytics.ReactionRow;
import io.steppe.analytics.Reactions;
import io.steppe.app.pipeline.IngestReport;
import io.steppe.app.pipeline.Progress;
import io.steppe.model.Event;
import io.steppe.store.DyadTotal;
import io.steppe.store.EventStore;
import io.steppe.store.StoreCounts;
import io.steppe.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code steppe demo}: codes the bundled samples into the store and answers the question they were
 * written for: how did the Central Asian states react to the June 2025 strikes on Iran?
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests samples/ into the store, then prints counts, the ten busiest dyads and how",
      "KAZ, KGZ, TJK, TKM and UZB reacted to Israel and the US from 2025-06-13 to 2025-07-31."
    })
public final class DemoCommand implements Callable<Integer> {
  static final List<String> CENTRAL_ASIA = List.of("KAZ", "KGZ", "TJK", "TKM", "UZB");
  static final List<String> FOCAL = List.of("ISR", "USA");

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      description = "Articles to ingest (default: the bundled samples/).")
  Path samples;

  @Override
  public Integer call() {
    Path folder = samples != null ? samples : Samples.directory();
    Inputs.requireExisting(spec, List.of(folder));
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore eventStore = Stores.open(store.location())) {
      IngestReport report =
          IngestCommand.ingest(eventStore, List.of(folder), Progress.onTerminal());
      IngestCommand.print(report, out, spec.commandLine().getErr());
      counts(eventStore.counts(), out);
      dyads(new Dyads(eventStore).busiest(10), out);
      ReactionQuery query =
          new ReactionQuery(
              CENTRAL_ASIA, FOCAL, LocalDate.of(2025, 6, 13), LocalDate.of(2025, 7, 31));
      reactions(new Reactions(eventStore).compute(query), query, out);
    }
    out.flush();
    return 0;
  }

  private static void counts(StoreCounts counts, PrintWriter out) {
    out.printf(
        "%nstore: %d documents, %d duplicates, %d sentences, %d events (%d asserted)%n",
        counts.documents(),
        counts.duplicates(),
        counts.sentences(),
        counts.events(),
        counts.assertedEvents());
  }

  private static void dyads(List<DyadTotal> dyads, PrintWriter out) {
    out.printf(
        "%nBusiest dyads (asserted events)%n%-8s %-8s %7s %10s%n",
        "source", "target", "events", "goldstein");
    for (DyadTotal dyad : dyads) {
      out.printf(
          Locale.ROOT,
          "%-8s %-8s %7d %10.1f%n",
          dyad.source(),
          dyad.target(),
          dyad.events(),
          dyad.goldstein());
    }
  }

  static void reactions(List<ReactionRow> rows, ReactionQuery query, PrintWriter out) {
    out.printf(
        "%nReactions toward %s, %s to %s (strongest asserted stance; %s)%n",
        String.join(", ", query.against()),
        query.since() == null ? "start" : query.since(),
        query.until() == null ? "end" : query.until(),
        query.reports() ? "counts are reports" : "counts are event clusters");
    out.printf(
        "%-5s %-24s %5s %5s %5s %5s  %s%n", "actor", "stance", "VC", "MC", "VK", "MK", "evidence");
    for (ReactionRow row : rows) {
      int[] quads = row.quadCounts();
      String evidence = row.evidence().isEmpty() ? "" : describe(row.evidence().get(0));
      out.printf(
          "%-5s %-24s %5d %5d %5d %5d  %s%n",
          row.actor(), row.stance().label(), quads[0], quads[1], quads[2], quads[3], evidence);
      for (Event denied : row.denied()) {
        out.printf(
            "%-5s %-24s %23s  %s%n",
            "", "(" + denied.modality().word() + ")", "", describe(denied));
      }
    }
  }

  private static String describe(Event event) {
    return event.cameo()
        + " "
        + Tables.code(event.source())
        + "->"
        + Tables.code(event.target())
        + " "
        + event.date()
        + " \""
        + Tables.shorten(event.sentence(), 90)
        + "\"";
  }
}
