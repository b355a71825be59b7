package io.steppe.app.cli;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.coder.EventCoder;
import io.steppe.coder.Lexicon;
import io.steppe.model.text.AnnotatedDocument;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * What actor resolution adds to the coder's time per sentence: the coder on sentences annotated
 * beforehand, with Steppe's actor dictionary and with an empty one (whose resolver finds nothing at
 * once), timed in alternating rounds so that both see the same machine load.
 */
final class ResolutionBench {
  private static final int ROUNDS = 5;
  private static final double ROUND_SECONDS = 1.0;

  private ResolutionBench() {}

  static void run(List<AnnotatedDocument> annotated, PrintWriter out) {
    int sentences = annotated.stream().mapToInt(d -> d.sentences().size()).sum();
    Lexicon lexicon = Lexicon.bundled();
    EventCoder full = new EventCoder(lexicon, new ActorResolver(ActorDictionary.bundled()));
    EventCoder trivial =
        new EventCoder(lexicon, new ActorResolver(ActorDictionary.builder().build()));
    codeFor(full, annotated, ROUND_SECONDS);
    codeFor(trivial, annotated, ROUND_SECONDS);
    double fullSeconds = 0;
    double trivialSeconds = 0;
    for (int round = 0; round < ROUNDS; round++) {
      fullSeconds += codeFor(full, annotated, ROUND_SECONDS);
      trivialSeconds += codeFor(trivial, annotated, ROUND_SECONDS);
    }
    double share = (fullSeconds - trivialSeconds) / fullSeconds;
    out.printf(
        Locale.ROOT,
        "actor resolution: %.1f%% of the coder's time per sentence (goal <= 5%%): %.1f us/sentence"
            + " with the dictionary, %.1f us/sentence with an empty one, %d sentences%n",
        100 * share,
        1e6 * fullSeconds / ROUNDS / sentences,
        1e6 * trivialSeconds / ROUNDS / sentences,
        sentences);
    out.flush();
  }

  /** Seconds per pass over the documents, coding for at least {@code minSeconds}. */
  private static double codeFor(
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
    double seconds = (System.nanoTime() - start) / 1e9 / passes;
    // Reading the count keeps the coding from being optimised away.
    return events < 0 ? Double.NaN : seconds;
  }
}
