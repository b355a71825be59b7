package io.steppe.coder;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.actors.ResolutionTape;
import io.steppe.model.text.AnnotatedDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What actor resolution costs the coder: the coder codes the same documents in turns, once with the
 * real resolver and once with a tape that gives back the answers the resolver gave on a first pass;
 * resolution costs the difference. Each pass is timed in the thread's CPU time, which other
 * processes on a busy machine disturb less than the wall clock, and medians are kept; which of the
 * two goes first alternates, so that a drift in the machine's load stays out of the difference.
 *
 * <p>Clocking the resolver's own calls overstated it: the coder makes several short calls per
 * sentence, and the two clock reads around each cost a good part of what they measured. Comparing
 * against a coder with an empty dictionary overstated it too: with no actors the coder also drops
 * the events, and the work on them.
 */
public final class ResolutionCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ResolutionCost() {}

  /**
   * Medians over the turns, in CPU nanoseconds per sentence.
   *
   * @param coding the coder with the resolver
   * @param replayed the coder with the resolutions replayed
   * @param resolving the median of the turns' differences
   * @param low the first quartile of the turns' differences
   * @param high the third quartile of the turns' differences
   * @param calls resolutions per sentence
   */
  public record Figures(
      double coding,
      double replayed,
      double resolving,
      double low,
      double high,
      double calls,
      int sentences,
      int turns) {
    public double share() {
      return resolving / coding;
    }

    /** One line for the benchmarks' reports. */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "actor resolution: %.1f us/sentence = %.1f%% of the coder's time (half the turns"
              + " between %.1f%% and %.1f%%; coder %.1f us/sentence with the resolver, %.1f with"
              + " its answers replayed; %d sentences, %.1f resolutions each, medians of %d turns in"
              + " thread CPU time)",
          resolving / 1e3,
          100 * share(),
          100 * low / coding,
          100 * high / coding,
          coding / 1e3,
          replayed / 1e3,
          sentences,
          calls,
          turns);
    }
  }

  /** Warms both coders up, then measures turns for at least {@code seconds}. */
  public static Figures measure(
      List<AnnotatedDocument> documents,
      Lexicon lexicon,
      ActorDictionary dictionary,
      double seconds) {
    int sentences = documents.stream().mapToInt(d -> d.sentences().size()).sum();
    EventCoder real = new EventCoder(lexicon, new ActorResolver(dictionary));
    ResolutionTape tape = new ResolutionTape();
    EventCoder taped = new EventCoder(lexicon, ActorResolver.taped(dictionary, tape));
    cpuNanos(taped, documents);
    tape.rewind();
    turns(real, taped, documents, seconds / 3);
    long[][] turns = turns(real, taped, documents, seconds);
    long[] differences = new long[turns[0].length];
    for (int i = 0; i < differences.length; i++) {
      differences[i] = turns[0][i] - turns[1][i];
    }
    return new Figures(
        median(turns[0]) / sentences,
        median(turns[1]) / sentences,
        median(differences) / sentences,
        quartile(differences, 1) / sentences,
        quartile(differences, 3) / sentences,
        (double) tape.calls().size() / sentences,
        sentences,
        differences.length);
  }

  /** CPU nanoseconds of each turn's real pass and taped pass, for at least {@code seconds}. */
  private static long[][] turns(
      EventCoder real, EventCoder taped, List<AnnotatedDocument> documents, double seconds) {
    long[] realNanos = new long[16];
    long[] tapedNanos = new long[16];
    int turns = 0;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    while (turns < 5 || System.nanoTime() < end) {
      if (turns == realNanos.length) {
        realNanos = Arrays.copyOf(realNanos, 2 * turns);
        tapedNanos = Arrays.copyOf(tapedNanos, 2 * turns);
      }
      boolean realFirst = turns % 2 == 0;
      long first = cpuNanos(realFirst ? real : taped, documents);
      long second = cpuNanos(realFirst ? taped : real, documents);
      realNanos[turns] = realFirst ? first : second;
      tapedNanos[turns] = realFirst ? second : first;
      turns++;
    }
    return new long[][] {Arrays.copyOf(realNanos, turns), Arrays.copyOf(tapedNanos, turns)};
  }

  /** The {@code which}th quartile (1 or 3), the nearest turn's value. */
  private static double quartile(long[] values, int which) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, which * sorted.length / 4)];
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
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
