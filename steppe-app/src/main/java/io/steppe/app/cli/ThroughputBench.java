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
import io.steppe.model.text.ParsedSentence;
import io.steppe.nlp.Annotator;
import io.steppe.nlp.CoreNlpAnnotator;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Throughput on one corpus in one run: annotation with every sentence parsed, annotation with the
 * parse screen, and the whole pipeline (screened annotation, coding, storing) with the same
 * annotators; then whether the screen changed any event or claim.
 */
final class ThroughputBench implements AutoCloseable {
  /** Annotations are kept for the screen check only on corpora this small. */
  private static final int CHECKED_DOCUMENTS = 500;

  /**
   * Documents annotated before timing: the JIT needs some thousand sentences to reach steady speed.
   */
  static final int WARM_UP = 40;

  private final PrintWriter out;
  private final int threads = Engine.threads();
  private final HeapPeak heap = new HeapPeak();

  private ThroughputBench(PrintWriter out) {
    this.out = out;
  }

  /** Prints the figures and returns the whole pipeline's sentences/s. */
  static double run(List<Path> corpus, PrintWriter out) throws IOException {
    try (ThroughputBench bench = new ThroughputBench(out)) {
      return bench.measure(corpus, false);
    }
  }

  /** Times only the whole pipeline: for memory on large corpora, where each pass takes long. */
  static double runPipelineOnly(List<Path> corpus, PrintWriter out) throws IOException {
    try (ThroughputBench bench = new ThroughputBench(out)) {
      return bench.measure(corpus, true);
    }
  }

  @Override
  public void close() {
    heap.close();
  }

  private double measure(List<Path> corpus, boolean pipelineOnly) throws IOException {
    int documents = count(corpus);
    Engine engine = Engine.standard();
    Annotator full = new CoreNlpAnnotator();
    printMachine(engine, documents);
    if (pipelineOnly) {
      double rate = pipeline(engine, corpus, documents, null);
      printHeap();
      return rate;
    }
    boolean check = documents <= CHECKED_DOCUMENTS;
    Pass everything = annotate(full, corpus, check);
    everything.print(out, "annotation, every sentence parsed", null);
    Pass screened = annotate(engine.annotator(), corpus, check);
    screened.print(out, "annotation with the parse screen ", everything);
    out.printf(
        Locale.ROOT,
        "parse screen: %d of %d sentences parsed, %.1f%% skipped%n",
        screened.parsed,
        screened.sentences,
        100.0 * (screened.sentences - screened.parsed) / screened.sentences);
    // Before the pipeline pass: coding both passes' annotations compiles the coder, as the passes
    // before compiled the annotators; a cold coder cost the timed pass 5 s of the JIT compiler's
    // CPU time on 200 documents, a cost paid once whatever the corpus size.
    String screenCheck =
        check ? ScreenCheck.compare(engine, everything.annotated, screened.annotated) : "";
    double pipelineRate = pipeline(engine, corpus, documents, screened);
    if (check) {
      out.println(screenCheck);
      ResolutionBench.run(screened.annotated, pipelineRate, out);
    } else {
      out.printf("screen check: skipped on corpora over %d documents%n", CHECKED_DOCUMENTS);
    }
    printHeap();
    return pipelineRate;
  }

  private void printMachine(Engine engine, int documents) {
    out.printf(
        "machine: %d cores, max heap %d MB, Java %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"));
    out.printf(
        "configuration: %s, %d worker threads, %d documents%n",
        engine.annotator().describe(), threads, documents);
  }

  private void printHeap() {
    out.printf(
        Locale.ROOT,
        "peak heap: %d MB in use at once (before collections); at most %d MB after a collection;"
            + " live heap after the run: %d MB%n",
        heap.peakBytes() >> 20,
        heap.afterCollectionBytes() >> 20,
        liveHeapBytes() >> 20);
  }

  /** Ingests the corpus into a new store with the screened engine; returns its sentences/s. */
  private double pipeline(Engine engine, List<Path> corpus, int documents, @Nullable Pass screened)
      throws IOException {
    warmUp(engine, corpus);
    Path dir = Files.createTempDirectory("steppe-bench");
    long cpu = processCpuNanos();
    long start = System.nanoTime();
    try (EventStore store = Stores.open(dir.resolve("bench.duckdb").toString())) {
      // The same engine as annotation alone: the ratio compares pipelines, not model loading.
      Progress quiet = new Progress(System.err, false, documents);
      IngestReport report = new Ingester(store, () -> engine).run(corpus, quiet);
      Pass pipeline = new Pass(documents);
      pipeline.sentences = (int) store.counts().sentences();
      pipeline.nanos = System.nanoTime() - start;
      pipeline.cpuNanos = processCpuNanos() - cpu;
      pipeline.print(
          out,
          "whole pipeline (screen, code, store; warmed up on " + WARM_UP + " documents)",
          null);
      out.printf(
          Locale.ROOT,
          "  %d stored, %d duplicates, %d events%n",
          report.stored(),
          report.duplicates(),
          report.events());
      if (screened != null) {
        out.printf(Locale.ROOT, "pipeline / annotation: %.2f%n", pipeline.rate() / screened.rate());
      }
      return pipeline.rate();
    }
  }

  /**
   * Ingests a few documents drawn from the corpus into a scratch store, untimed, as each annotation
   * pass first annotates a few: otherwise the pass pays for compiling the coder and the store's
   * code (6 s of the JIT compiler's CPU time measured on 200 documents) and the figure depends on
   * the corpus's size.
   */
  private static void warmUp(Engine engine, List<Path> corpus) throws IOException {
    Path dir = Files.createTempDirectory("steppe-warm-up");
    Path documents = SyntheticCorpus.write(corpus, WARM_UP, dir);
    try (EventStore store = Stores.open(dir.resolve("warm-up.duckdb").toString())) {
      new Ingester(store, () -> engine)
          .run(List.of(documents), new Progress(System.err, false, WARM_UP));
    }
  }

  /** Annotates the corpus as it is read, so that memory does not grow with its size. */
  private Pass annotate(Annotator annotator, List<Path> corpus, boolean keep) {
    try (Stream<Document> warmUp = documents(corpus)) {
      warmUp.limit(WARM_UP).forEach(annotator::annotate);
    }
    Pass pass = new Pass(0);
    long cpu = processCpuNanos();
    long start = System.nanoTime();
    try (Stream<Document> documents = documents(corpus);
        OrderedParallel<Document, AnnotatedDocument> workers =
            new OrderedParallel<>(threads, annotator::annotate, done -> pass.count(done, keep))) {
      documents.forEach(workers::submit);
      workers.finish();
    }
    pass.nanos = System.nanoTime() - start;
    pass.cpuNanos = processCpuNanos() - cpu;
    return pass;
  }

  /** One timed pass over the corpus. */
  private static final class Pass {
    int documents;
    final List<AnnotatedDocument> annotated = new ArrayList<>();
    int sentences;
    int parsed;
    long nanos;
    long cpuNanos;

    Pass(int documents) {
      this.documents = documents;
    }

    void count(AnnotatedDocument document, boolean keep) {
      documents++;
      sentences += document.sentences().size();
      parsed += (int) document.sentences().stream().filter(Pass::isParsed).count();
      if (keep) {
        annotated.add(document);
      }
    }

    private static boolean isParsed(ParsedSentence sentence) {
      return sentence.tokens().stream().anyMatch(t -> t.relation().equals("root"));
    }

    double rate() {
      return sentences / (nanos / 1e9);
    }

    void print(PrintWriter out, String name, @Nullable Pass reference) {
      double seconds = nanos / 1e9;
      out.printf(
          Locale.ROOT,
          "%s: %d sentences in %.2f s = %.1f sentences/s, %.2f documents/s; CPU %.1f s = %.0f%% of"
              + " the cores%s%n",
          name,
          sentences,
          seconds,
          rate(),
          documents / seconds,
          cpuNanos / 1e9,
          100.0 * cpuNanos / nanos / Runtime.getRuntime().availableProcessors(),
          reference == null
              ? ""
              : String.format(Locale.ROOT, " (x%.2f)", rate() / reference.rate()));
    }
  }

  /** The corpus's readable documents, read lazily; the caller closes the stream. */
  static Stream<Document> documents(List<Path> corpus) {
    return DocumentSource.read(corpus)
        .filter(IngestItem.Accepted.class::isInstance)
        .map(i -> ((IngestItem.Accepted) i).document());
  }

  private static int count(List<Path> corpus) {
    try (Stream<Document> documents = documents(corpus)) {
      return (int) documents.count();
    }
  }

  /** What stays reachable: the models and caches, not the garbage a busy heap holds. */
  @SuppressWarnings("JavaLangClash")
  private static long liveHeapBytes() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
