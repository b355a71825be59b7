package io.steppe.app.cli;

import io.steppe.app.pipeline.Engine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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

  @Option(
      names = "--store",
      paramLabel = "FILE",
      description =
          "With --analyses: keep the synthetic store in this DuckDB file, and time the analyses on"
              + " it without loading when it exists already (to compare queries on one store).")
  Path store;

  @Option(
      names = "--documents",
      paramLabel = "N",
      description =
          "Time a synthetic corpus of N documents drawn from the paragraphs of the corpus instead,"
              + " to show throughput and memory at scale.")
  int documents;

  @Option(
      names = "--petrarch",
      description =
          "Also time the pipeline PETRARCH-2 needs (shift-reduce constituency parse, then its"
              + " coding) on the same corpus, and print Steppe's speed-up over it.")
  boolean petrarch;

  @Option(
      names = "--pipeline-only",
      description =
          "Time only the whole pipeline (memory on large corpora, e.g. --documents 10000).")
  boolean pipelineOnly;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Corpus (default: the bundled samples/).")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    if (analyses > 0) {
      AnalysisBench.run(analyses, store, spec.commandLine().getOut());
      return 0;
    }
    List<Path> corpus = Samples.unlessGiven(paths);
    Inputs.requireExisting(spec, corpus);
    if (documents > 0) {
      Path dir = Files.createTempDirectory("steppe-corpus");
      corpus = List.of(SyntheticCorpus.write(corpus, documents, dir));
    }
    PrintWriter out = spec.commandLine().getOut();
    double steppe =
        pipelineOnly
            ? ThroughputBench.runPipelineOnly(corpus, out)
            : ThroughputBench.run(corpus, out);
    if (petrarch) {
      double other = PetrarchPipelineBench.run(corpus, Engine.threads(), out);
      out.printf(Locale.ROOT, "Steppe end to end / PETRARCH-2 pipeline: %.2f%n", steppe / other);
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
