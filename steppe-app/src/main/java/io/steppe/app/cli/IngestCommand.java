package io.steppe.app.cli;

import io.steppe.app.Steppe;
import io.steppe.app.pipeline.Engine;
import io.steppe.app.pipeline.IngestReport;
import io.steppe.app.pipeline.Ingester;
import io.steppe.app.pipeline.Progress;
import io.steppe.ingest.IngestItem;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe ingest PATH...}: read, deduplicate, annotate, code and store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads .txt, .md, .html, .jsonl, RSS and Atom files (folders recursively), sets exact and",
      "near duplicates aside as links, codes the rest and stores documents and events.",
      "Documents already in the store are skipped, so an interrupted run resumes."
    })
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Override
  public Integer call() {
    Inputs.requireExisting(spec, paths);
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore eventStore = Stores.open(store.location())) {
      IngestReport report = ingest(eventStore, paths, Progress.onTerminal());
      print(report, out, spec.commandLine().getErr());
      return report.rejected().isEmpty() ? 0 : Steppe.EXIT_REJECTS;
    }
  }

  static IngestReport ingest(EventStore eventStore, List<Path> paths, boolean terminal) {
    Progress progress = new Progress(System.err, terminal, Ingester.count(paths));
    Engine[] engine = new Engine[1];
    Ingester ingester = new Ingester(eventStore, () -> lazy(engine));
    return ingester.run(paths, progress);
  }

  /** CoreNLP takes seconds to load: only when a document needs it. */
  private static synchronized Engine lazy(Engine[] holder) {
    if (holder[0] == null) {
      holder[0] = Engine.standard();
    }
    return holder[0];
  }

  static void print(IngestReport report, PrintWriter out, PrintWriter err) {
    for (IngestItem.Rejected rejected : report.rejected()) {
      err.println("rejected " + rejected.origin() + ": " + rejected.reason());
    }
    out.printf(
        "ingested: %d documents stored, %d duplicates linked, %d already stored, %d events, %d rejected%n",
        report.stored(),
        report.duplicates(),
        report.unchanged(),
        report.events(),
        report.rejected().size());
    out.flush();
  }
}
