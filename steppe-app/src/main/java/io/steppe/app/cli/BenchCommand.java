package io.steppe.app.cli;

import io.steppe.app.pipeline.Engine;
import io.steppe.app.pipeline.IngestReport;
import io.steppe.app.pipeline.Ingester;
import io.steppe.app.pipeline.OrderedParallel;
import io.steppe.app.pipeline.Progress;
import io.steppe.ingest.DocumentSource;
import io.steppe.ingest.IngestItem;
import io.steppe.model.Document;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code steppe bench}: throughput of annotation alone and of the whole pipeline (annotate, code,
 * store) on the same corpus in one run, with the machine and configuration beside every figure.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = LoadBenchCommand.class,
    description =
        "Measures sentences/s of annotation alone and of the whole pipeline, and peak memory.")
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--analyses",
      paramLabel = "EVENTS",
      description = "Instead: time the analyses on a synthetic store of this many events.")
  long analyses;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Corpus (default: the bundled samples/).")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    if (analyses > 0) {
      AnalysisBench.run(analyses, spec.commandLine().getOut());
      return 0;
    }
    List<Path> corpus = paths == null || paths.isEmpty() ? List.of(Samples.directory()) : paths;
    Inputs.requireExisting(spec, corpus);
    PrintWriter out = spec.commandLine().getOut();
    List<Document> documents = load(corpus);
    Engine engine = Engine.standard();
    int threads = Engine.threads();
    out.printf(
        "machine: %d cores, max heap %d MB, Java %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"));
    out.printf(
        "configuration: %s, %d worker threads, %d documents%n",
        engine.annotator().describe(), threads, documents.size());
    annotate(engine, documents.subList(0, Math.min(5, documents.size())), threads);
    long start = System.nanoTime();
    int sentences = annotate(engine, documents, threads);
    double annotateSeconds = (System.nanoTime() - start) / 1e9;
    Path dir = Files.createTempDirectory("steppe-bench");
    start = System.nanoTime();
    try (EventStore store = Stores.open(dir.resolve("bench.duckdb").toString())) {
      // The same engine as annotation alone: the ratio compares pipelines, not model loading.
      Progress quiet = new Progress(System.err, false, documents.size());
      IngestReport report = new Ingester(store, () -> engine).run(corpus, quiet);
      double pipelineSeconds = (System.nanoTime() - start) / 1e9;
      print(
          out, new Timings(sentences, documents.size(), annotateSeconds, pipelineSeconds), report);
    }
    out.flush();
    return 0;
  }

  /** One run's measurements: the same sentences timed alone and through the pipeline. */
  private record Timings(int sentences, int docs, double annotate, double pipeline) {}

  private static void print(PrintWriter out, Timings timings, IngestReport report) {
    int sentences = timings.sentences();
    int docs = timings.docs();
    double annotate = timings.annotate();
    double pipeline = timings.pipeline();
    double annotateRate = sentences / annotate;
    double pipelineRate = sentences / pipeline;
    out.printf(
        Locale.ROOT,
        "annotation alone: %d sentences in %.2f s = %.1f sentences/s, %.2f documents/s%n",
        sentences,
        annotate,
        annotateRate,
        docs / annotate);
    out.printf(
        Locale.ROOT,
        "whole pipeline:   %d sentences in %.2f s = %.1f sentences/s, %.2f documents/s (%d stored, %d duplicates, %d events)%n",
        sentences,
        pipeline,
        pipelineRate,
        docs / pipeline,
        report.stored(),
        report.duplicates(),
        report.events());
    out.printf(Locale.ROOT, "pipeline / annotation: %.2f%n", pipelineRate / annotateRate);
    out.printf(Locale.ROOT, "peak heap: %d MB%n", peakHeapBytes() >> 20);
  }

  private static int annotate(Engine engine, List<Document> documents, int threads) {
    int[] sentences = new int[1];
    try (OrderedParallel<Document, AnnotatedDocument> workers =
        new OrderedParallel<>(
            threads,
            engine.annotator()::annotate,
            done -> sentences[0] += done.sentences().size())) {
      documents.forEach(workers::submit);
      workers.finish();
    }
    return sentences[0];
  }

  private static List<Document> load(List<Path> corpus) {
    try (Stream<IngestItem> items = DocumentSource.read(corpus)) {
      return items
          .filter(IngestItem.Accepted.class::isInstance)
          .map(i -> ((IngestItem.Accepted) i).document())
          .toList();
    }
  }

  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
