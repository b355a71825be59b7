package io.steppe.app.cli;

import io.steppe.actors.ActorDictionary;
import io.steppe.app.Steppe;
import io.steppe.app.pipeline.Engine;
import io.steppe.app.pipeline.IngestReport;
import io.steppe.app.pipeline.Ingester;
import io.steppe.app.pipeline.Progress;
import io.steppe.coder.Lexicon;
import io.steppe.ingest.IngestItem;
import io.steppe.ingest.IngestOptions;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe ingest PATH...}: read, deduplicate, annotate, code and store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads .txt, .md, .html, .jsonl, RSS and Atom files (folders recursively), sets exact and",
      "near duplicates aside as links, codes the rest and stores documents and events.",
      "Documents already in the store are skipped, so an interrupted run resumes.",
      "Files not in UTF-8 are converted when their encoding is detected; documents not in",
      "English are skipped and counted by language.",
      "Exit codes: 0 all read; 3 completed with rejects (each printed with file and reason);",
      "1 failed."
    })
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin ActorsCommand.DictionaryOption actors;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(
      names = "--max-document-mb",
      paramLabel = "MB",
      defaultValue = "20",
      description =
          "Largest file, or JSON Lines line, read (default ${DEFAULT-VALUE}); larger ones are"
              + " rejected without being read.")
  int maxDocumentMb;

  @Option(
      names = "--all-languages",
      description = "Code documents in every language as English instead of skipping them.")
  boolean allLanguages;

  @Override
  public Integer call() {
    Inputs.requireExisting(spec, paths);
    PrintWriter out = spec.commandLine().getOut();
    IngestOptions options =
        new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES, !allLanguages)
            .withMaxDocumentMb(maxDocumentMb);
    try (EventStore eventStore = Stores.open(store.location())) {
      ActorDictionary dictionary = actors.load(spec, store.actorsDirectory());
      IngestReport report =
          ingest(
              eventStore,
              paths,
              options,
              Progress.onTerminal(),
              Engine.with(Lexicon.bundled(), dictionary));
      print(report, out, spec.commandLine().getErr());
      return report.rejected().isEmpty() ? 0 : Steppe.EXIT_REJECTS;
    }
  }

  static IngestReport ingest(EventStore eventStore, List<Path> paths, boolean terminal) {
    return ingest(eventStore, paths, IngestOptions.defaults(), terminal, Engine.standard());
  }

  /** Ingests with this engine; it loads CoreNLP only when a document needs annotating. */
  static IngestReport ingest(
      EventStore eventStore,
      List<Path> paths,
      IngestOptions options,
      boolean terminal,
      Engine engine) {
    Progress progress = new Progress(System.err, terminal, Ingester.count(paths, options));
    return new Ingester(eventStore, () -> engine, options).run(paths, progress);
  }

  static void print(IngestReport report, PrintWriter out, PrintWriter err) {
    for (IngestItem.Notice notice : report.notices()) {
      err.println("notice " + notice.origin() + ": " + notice.message());
    }
    for (IngestItem.Skipped skipped : report.skipped()) {
      err.println("skipped " + skipped.origin() + ": " + skipped.reason());
    }
    for (IngestItem.Rejected rejected : report.rejected()) {
      err.println("rejected " + rejected.origin() + ": " + rejected.reason());
    }
    err.flush();
    out.printf(
        "ingested: %d documents stored, %d duplicates linked, %d already stored, %d events, %d rejected%n",
        report.stored(),
        report.duplicates(),
        report.unchanged(),
        report.events(),
        report.rejected().size());
    if (!report.skipped().isEmpty()) {
      out.printf(
          "skipped: %d documents not in English (%s)%n",
          report.skipped().size(), byLanguage(report.skippedByLanguage()));
    }
    out.flush();
  }

  /** "fr 2, ru 1". */
  private static String byLanguage(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
