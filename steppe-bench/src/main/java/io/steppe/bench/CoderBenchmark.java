package io.steppe.bench;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.actors.ResolutionTape;
import io.steppe.coder.EventCoder;
import io.steppe.coder.Lexicon;
import io.steppe.model.SteppeException;
import io.steppe.model.text.AnnotatedDocument;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The event coder on every sentence of the samples, once with the actor resolver and once with the
 * resolver's answers replayed from a tape: the two scores' difference is what actor resolution
 * costs the coder, measured without a clock inside it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(CoderBenchmark.SENTENCES)
public class CoderBenchmark {
  /** The sentences in annotated-samples.tsv: each score is one sentence's share of a pass. */
  static final int SENTENCES = 654;

  private List<AnnotatedDocument> documents;
  private EventCoder coder;
  private EventCoder replaying;

  @Setup
  public void setUp() {
    documents = AnnotatedSamples.documents();
    int sentences = documents.stream().mapToInt(d -> d.sentences().size()).sum();
    if (sentences != SENTENCES) {
      throw new SteppeException(
          AnnotatedSamples.FILE
              + " holds "
              + sentences
              + " sentences, CoderBenchmark.SENTENCES says "
              + SENTENCES
              + ": set it to the file's count after regenerating the file");
    }
    ActorDictionary dictionary = ActorDictionary.bundled();
    coder = new EventCoder(Lexicon.bundled(), new ActorResolver(dictionary));
    ResolutionTape tape = new ResolutionTape();
    replaying = new EventCoder(Lexicon.bundled(), ActorResolver.taped(dictionary, tape));
    codeAll(replaying, documents, null);
    tape.rewind();
  }

  /** Codes every document of the samples. */
  @Benchmark
  public void codeSamples(Blackhole sink) {
    codeAll(coder, documents, sink);
  }

  /** The same with every actor resolution answered from the tape. */
  @Benchmark
  public void codeSamplesWithResolutionsReplayed(Blackhole sink) {
    codeAll(replaying, documents, sink);
  }

  private static void codeAll(
      EventCoder coder, List<AnnotatedDocument> documents, @Nullable Blackhole sink) {
    for (AnnotatedDocument document : documents) {
      List<?> events = coder.code(document);
      if (sink != null) {
        sink.consume(events);
      }
    }
  }
}
