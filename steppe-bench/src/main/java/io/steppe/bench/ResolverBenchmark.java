package io.steppe.bench;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.actors.Resolution;
import io.steppe.actors.ResolutionTape;
import io.steppe.actors.ResolutionTape.Call;
import io.steppe.coder.EventCoder;
import io.steppe.coder.Lexicon;
import io.steppe.model.text.AnnotatedDocument;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The actor resolver alone on the phrases the coder asks it about while coding the samples, in the
 * order it asks: typical mentions, from "Israel" to "the spokesman for Iran's foreign ministry".
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResolverBenchmark {
  private List<Call> calls;
  private ActorResolver resolver;
  private int next;

  @Setup
  public void setUp() {
    ActorDictionary dictionary = ActorDictionary.bundled();
    ResolutionTape tape = new ResolutionTape();
    EventCoder coder = new EventCoder(Lexicon.bundled(), ActorResolver.taped(dictionary, tape));
    for (AnnotatedDocument document : AnnotatedSamples.documents()) {
      coder.code(document);
    }
    calls = tape.calls();
    resolver = new ActorResolver(dictionary);
  }

  /** Resolves the next phrase, round the list: the score is one call's time. */
  @Benchmark
  public Resolution resolveMention() {
    Call call = calls.get(next);
    next = next + 1 == calls.size() ? 0 : next + 1;
    return resolver.resolve(call.tokens(), call.text(), call.date());
  }
}
