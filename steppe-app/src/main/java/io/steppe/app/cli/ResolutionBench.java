package io.steppe.app.cli;

import io.steppe.actors.ActorDictionary;
import io.steppe.app.pipeline.Engine;
import io.steppe.coder.Lexicon;
import io.steppe.coder.ResolutionCost;
import io.steppe.model.text.AnnotatedDocument;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * What actor resolution costs per sentence, measured by {@link ResolutionCost} (the coder with the
 * resolver against the coder with its answers replayed, in thread CPU time) on sentences annotated
 * beforehand, and weighed against the coder's and the whole pipeline's time.
 */
final class ResolutionBench {
  /** Long enough for some 80 turns on 5,000 sentences: at 10 s the median wandered by 2 points. */
  private static final double MEASURE_SECONDS = 30.0;

  private ResolutionBench() {}

  /**
   * @param pipelineRate the whole pipeline's sentences/s on the same corpus, to weigh resolution
   *     against all a sentence costs as well
   */
  static void run(List<AnnotatedDocument> annotated, double pipelineRate, PrintWriter out) {
    ResolutionCost.Figures figures =
        ResolutionCost.measure(
            annotated, Lexicon.bundled(), ActorDictionary.bundled(), MEASURE_SECONDS);
    // The pipeline's CPU time per sentence: its cores over its rate.
    double pipelineNanosPerSentence = 1e9 * Engine.threads() / pipelineRate;
    out.printf(
        Locale.ROOT,
        "%s, %.3f%% of the whole pipeline's CPU time per sentence%n",
        figures.summary(),
        100 * figures.resolving() / pipelineNanosPerSentence);
    out.flush();
  }
}
