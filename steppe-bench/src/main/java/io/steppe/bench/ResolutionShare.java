package io.steppe.bench;

import io.steppe.actors.ActorDictionary;
import io.steppe.coder.Lexicon;
import io.steppe.coder.ResolutionCost;

/**
 * Prints what actor resolution costs the coder on the samples, as {@code steppe bench} does on its
 * corpus, without CoreNLP: {@code java -cp steppe-bench/target/benchmarks.jar
 * io.steppe.bench.ResolutionShare [SECONDS]}. JMH's scores are wall-clock time, which a busy
 * machine distorts; this counts the thread's CPU time.
 */
public final class ResolutionShare {
  private ResolutionShare() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    ResolutionCost.Figures figures =
        ResolutionCost.measure(
            AnnotatedSamples.documents(), Lexicon.bundled(), ActorDictionary.bundled(), seconds);
    System.out.println(figures.summary());
  }
}
