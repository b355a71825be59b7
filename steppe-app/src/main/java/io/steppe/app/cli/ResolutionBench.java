package io.steppe.app.cli;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.actors.ResolutionTape;
import io.steppe.app.pipeline.Engine;
import io.steppe.coder.EventCoder;
import io.steppe.coder.Lexicon;
import io.steppe.model.text.AnnotatedDocument;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What actor resolution costs per sentence: the coder codes sentences annotated beforehand, in
 * turns, once with the real resolver and once with a tape that gives back the answers the resolver
 * gave on a first pass; resolution costs the difference. Each pass is timed in the thread's CPU
 * time, which other processes on a busy machine disturb less than the wall clock, and the median of
 * the turns' differences is kept.
 *
 * <p>Clocking the resolver's own calls overstated it: the coder makes several short calls per
 * sentence, and the two clock reads around each cost a good part of what they measured. Comparing
 * against a coder with an empty dictionary overstated it too: with no actors the coder also drops
 * the events, and the work on them.
 */
final class ResolutionBench {
  private static final double WARM_UP_SECONDS = 3.0;
  private static final double MEASURE_SECONDS = 10.0;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ResolutionBench() {}

  /**
   * @param pipelineRate the whole pipeline's sentences/s on the same corpus, to weigh resolution
   *     against all a sentence costs as well
   */
  static void run(List<AnnotatedDocument> annotated, double pipelineRate, PrintWriter out) {
    int sentences = annotated.stream().mapToInt(d -> d.sentences().size()).sum();
    ActorDictionary dictionary = ActorDictionary.bundled();
    EventCoder real = new EventCoder(Lexicon.bundled(), new ActorResolver(dictionary));
    ResolutionTape tape = new ResolutionTape();
    EventCoder taped = new EventCoder(Lexicon.bundled(), ActorResolver.taped(dictionary, tape));
    cpuNanos(taped, annotated);
    tape.rewind();
    long warmUpEnd = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
    while (System.nanoTime() < warmUpEnd) {
      cpuNanos(real, annotated);
      cpuNanos(taped, annotated);
    }
    Turns turns = measure(real, taped, annotated);
    double resolving = turns.medianDifference() / sentences;
    double coding = turns.medianReal() / sentences;
    // The pipeline's CPU time per sentence: its cores over its rate.
    double pipelineNanosPerSentence = 1e9 * Engine.threads() / pipelineRate;
    out.printf(
        Locale.ROOT,
        "actor resolution: %.1f us/sentence = %.1f%% of the coder's time (coder %.1f us/sentence"
            + " with the resolver, %.1f with its answers replayed), %.2f%% of the whole"
            + " pipeline's CPU time per sentence (%d sentences, %.1f resolutions each, %d turns;"
            + " thread CPU time, medians)%n",
        resolving / 1e3,
        100 * resolving / coding,
        coding / 1e3,
        turns.medianTaped() / sentences / 1e3,
        100 * resolving / pipelineNanosPerSentence,
        sentences,
        (double) tape.calls().size() / sentences,
        turns.real().length);
    out.flush();
  }

  /** Each turn's CPU nanoseconds of one pass with the real resolver and one with the tape. */
  private record Turns(long[] real, long[] taped) {
    double medianReal() {
      return median(real);
    }

    double medianTaped() {
      return median(taped);
    }

    double medianDifference() {
      long[] differences = new long[real.length];
      for (int i = 0; i < real.length; i++) {
        differences[i] = real[i] - taped[i];
      }
      return median(differences);
    }

    private static double median(long[] values) {
      long[] sorted = values.clone();
      Arrays.sort(sorted);
      int middle = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
  }

  /** Turns of a real pass and a taped pass, for at least {@link #MEASURE_SECONDS} in all. */
  private static Turns measure(
      EventCoder real, EventCoder taped, List<AnnotatedDocument> documents) {
    long[] realNanos = new long[16];
    long[] tapedNanos = new long[16];
    int turns = 0;
    long end = System.nanoTime() + (long) (MEASURE_SECONDS * 1e9);
    while (turns < 5 || System.nanoTime() < end) {
      if (turns == realNanos.length) {
        realNanos = Arrays.copyOf(realNanos, 2 * turns);
        tapedNanos = Arrays.copyOf(tapedNanos, 2 * turns);
      }
      // Alternating which goes first keeps a drift in the machine's load out of the difference.
      boolean realFirst = turns % 2 == 0;
      long first = cpuNanos(realFirst ? real : taped, documents);
      long second = cpuNanos(realFirst ? taped : real, documents);
      realNanos[turns] = realFirst ? first : second;
      tapedNanos[turns] = realFirst ? second : first;
      turns++;
    }
    return new Turns(Arrays.copyOf(realNanos, turns), Arrays.copyOf(tapedNanos, turns));
  }

  /** Codes the documents once; returns the thread's CPU nanoseconds. */
  private static long cpuNanos(EventCoder coder, List<AnnotatedDocument> documents) {
    long start = THREADS.getCurrentThreadCpuTime();
    long events = 0;
    for (AnnotatedDocument document : documents) {
      events += coder.code(document).size();
    }
    long spent = THREADS.getCurrentThreadCpuTime() - start;
    // Reading the count keeps the coding from being optimised away.
    return events < 0 ? -spent : spent;
  }
}
