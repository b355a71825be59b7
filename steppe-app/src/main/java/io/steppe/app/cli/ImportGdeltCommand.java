package io.steppe.app.cli;

import io.steppe.app.Steppe;
import io.steppe.app.exchange.GdeltImport;
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

/** {@code steppe import-gdelt}: GDELT 2.0 event files into the store. */
@Command(
    name = "import-gdelt",
    mixinStandardHelpOptions = true,
    description = {
      "Imports GDELT 2.0 event files (61 tab-separated columns, plain or .zip) as events:"
          + " one document per SOURCEURL, asserted events with their CAMEO codes, actors, day"
          + " and place. Documents already stored are skipped, so importing again adds nothing.",
      "Rejected lines are printed as file:line: reason; the exit code is then 3."
    })
public final class ImportGdeltCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "GDELT event files.")
  List<Path> files;

  @Override
  public Integer call() {
    Inputs.requireExisting(spec, files);
    PrintWriter err = spec.commandLine().getErr();
    GdeltImport.Report report;
    try (EventStore eventStore = Stores.open(store.location())) {
      report = GdeltImport.run(files, eventStore, err);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "imported %d documents with %d events; %d documents already stored; %d lines rejected%n",
        report.documents(), report.events(), report.skipped(), report.rejected());
    out.flush();
    return report.rejected() > 0 ? Steppe.EXIT_REJECTS : 0;
  }
}
