package io.steppe.app;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.actors.Regions;
import io.steppe.app.pipeline.Engine;
import io.steppe.app.pipeline.IngestReport;
import io.steppe.app.pipeline.Ingester;
import io.steppe.app.pipeline.Progress;
import io.steppe.coder.ClaimFinder;
import io.steppe.coder.EventCoder;
import io.steppe.coder.Lexicon;
import io.steppe.nlp.Annotator;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The ingest a kill test kills: the real store, ingester and coder over {@link TemplateAnnotator},
 * in a JVM of its own. It prints {@code open} once the store is open, so the test can aim its kills
 * at the writes, and {@code done} with the time the writes took when the run ends.
 *
 * <p>Usage: {@code KillableIngest DB FOLDER}
 */
public final class KillableIngest {
  private KillableIngest() {}

  public static void main(String[] args) {
    Engine engine = engine();
    try (EventStore store = Stores.open(args[0])) {
      long start = System.nanoTime();
      System.out.println("open");
      System.out.flush();
      List<Path> paths = List.of(Path.of(args[1]));
      PrintStream nowhere =
          new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
      Progress quiet = new Progress(nowhere, false, 0);
      IngestReport report = new Ingester(store, () -> engine).run(paths, quiet);
      System.out.printf(
          "done in %d ms: %d stored, %d duplicates, %d unchanged%n",
          (System.nanoTime() - start) / 1_000_000,
          report.stored(),
          report.duplicates(),
          report.unchanged());
    }
  }

  /** The bundled lexicon and dictionaries, as {@link Engine#standard()} has them. */
  public static Engine engine() {
    return engine(new TemplateAnnotator());
  }

  /** The bundled lexicon and dictionaries over this annotator. */
  public static Engine engine(Annotator annotator) {
    ActorResolver resolver = new ActorResolver(ActorDictionary.bundled());
    return new Engine(
        annotator,
        new EventCoder(Lexicon.bundled(), resolver),
        new ClaimFinder(resolver, Regions.bundled()));
  }
}
