package io.steppe.app.cli;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.app.pipeline.Engine;
import io.steppe.coder.EventCoder;
import io.steppe.coder.Lexicon;
import io.steppe.model.text.AnnotatedDocument;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * What actor resolution costs per sentence: the coder runs on sentences annotated beforehand with a
 * resolver that clocks its own calls, and their time is weighed against the coder's and the whole
 * pipeline's. (Comparing against a coder with an empty dictionary overstated it: with no actors the
 * coder also drops the events, and the work on them.)
 */
final class ResolutionBench {
  private static final double WARM_UP_SECONDS = 2.0;
  private static final double MEASURE_SECONDS = 5.0;

  private ResolutionBench() {}

  /**
   * @param pipelineRate the whole pipeline's sentences/s on the same corpus, to weigh resolution
   *     against all a sentence costs as well
   */
  static void run(List<AnnotatedDocument> annotated, double pipelineRate, PrintWriter out) {
    int sentences = annotated.stream().mapToInt(d -> d.sentences().size()).sum();
    LongAdder resolving = new LongAdder();
    EventCoder coder =
        new EventCoder(
            Lexicon.bundled(), ActorResolver.timed(ActorDictionary.bundled(), resolving));
    codeFor(coder, annotated, WARM_UP_SECONDS);
    resolving.reset();
    long start = System.nanoTime();
    int passes = codeFor(coder, annotated, MEASURE_SECONDS);
    double coding = (System.nanoTime() - start) / 1e9;
    double resolvingSeconds = resolving.sum() / 1e9;
    double perSentence = resolvingSeconds / passes / sentences;
    // The pipeline's CPU time per sentence: its cores over its rate.
    double pipelineCpuPerSentence = Engine.threads() / pipelineRate;
    out.printf(
        Locale.ROOT,
        "actor resolution: %.1f us/sentence = %.1f%% of the coder's time, %.2f%% of the whole"
            + " pipeline's CPU time per sentence (%d sentences x %d passes)%n",
        1e6 * perSentence,
        100 * resolvingSeconds / coding,
        100 * perSentence / pipelineCpuPerSentence,
        sentences,
        passes);
    out.flush();
  }

  /** Codes the documents over and over for at least this long; returns the passes made. */
  private static int codeFor(
      EventCoder coder, List<AnnotatedDocument> documents, double minSeconds) {
    long start = System.nanoTime();
    int passes = 0;
    long events = 0;
    do {
      for (AnnotatedDocument document : documents) {
        events += coder.code(document).size();
      }
      passes++;
    } while (System.nanoTime() - start < minSeconds * 1e9);
    // Reading the count keeps the coding from being optimised away.
    return events < 0 ? -passes : passes;
  }
}
