package io.steppe.app.cli;

import io.steppe.app.pipeline.Engine;
import io.steppe.app.pipeline.Progress;
import io.steppe.app.pipeline.RecodeReport;
import io.steppe.app.pipeline.Recoder;
import io.steppe.coder.Lexicon;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steppe recode}: code the stored documents again after a lexicon or dictionary change. */
@Command(
    name = "recode",
    mixinStandardHelpOptions = true,
    description = {
      "Codes the stored documents again from their stored annotations, with the lexicon and actor",
      "dictionary given, and reports the events added, removed and recoded. Only documents stored",
      "without annotations, or with sentences the new lexicon reaches but the parse screen skipped,",
      "are annotated again. Each document is replaced in one transaction: rerun after a crash."
    })
public final class RecodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin ActorsCommand.DictionaryOption actors;

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description = "Extra pattern files read after the bundled lexicon (nouns*.tsv are nouns).")
  List<Path> lexiconFiles = new ArrayList<>();

  @Option(names = "--dry-run", description = "Report what would change; store nothing.")
  boolean dryRun;

  @Option(
      names = "--show",
      paramLabel = "N",
      description = "Print at most this many changed events (default: ${DEFAULT-VALUE}).")
  int show = 20;

  @Override
  public Integer call() {
    Inputs.requireExisting(spec, lexiconFiles);
    Lexicon lexicon = Lexicon.load(lexiconFiles);
    Engine engine = Engine.with(lexicon, actors.load(spec, store.actorsDirectory()));
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore eventStore = Stores.open(store.location())) {
      Progress progress =
          new Progress(System.err, Progress.onTerminal(), eventStore.codedDocumentIds().size());
      List<String> changes = new ArrayList<>();
      RecodeReport report =
          new Recoder(eventStore, engine, lexicon)
              .run(
                  !dryRun,
                  progress,
                  change -> {
                    if (changes.size() < show) {
                      changes.add(change);
                    }
                  });
      changes.forEach(out::println);
      print(report, out);
    }
    return 0;
  }

  private void print(RecodeReport report, PrintWriter out) {
    out.printf(
        "recoded%s: %d documents (%d annotated anew: stored without annotations; %d parsed again:"
            + " the lexicon now reaches sentences the screen had skipped)%n",
        dryRun ? " (dry run, nothing stored)" : "",
        report.documents(),
        report.annotatedAnew(),
        report.parsedAgain());
    out.printf(
        "events: %d added, %d removed, %d recoded, %d unchanged%n",
        report.added(), report.removed(), report.recoded(), report.unchanged());
    out.flush();
  }
}
