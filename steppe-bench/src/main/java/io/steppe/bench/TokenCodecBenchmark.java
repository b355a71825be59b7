package io.steppe.bench;

import io.steppe.bench.AnnotatedSamples.StoredSentence;
import io.steppe.model.text.Token;
import io.steppe.model.text.TokenCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * What keeping annotations costs the store's writer (encode) and {@code steppe recode} (decode), on
 * the samples' sentences.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(CoderBenchmark.SENTENCES)
public class TokenCodecBenchmark {
  private List<byte[]> encoded;
  private List<List<Token>> decoded;

  @Setup
  public void setUp() {
    encoded = new ArrayList<>();
    decoded = new ArrayList<>();
    for (StoredSentence sentence : AnnotatedSamples.stored()) {
      encoded.add(sentence.tokens());
      decoded.add(TokenCodec.decode(sentence.tokens()));
    }
  }

  /** Encodes every sentence's tokens; the score is one sentence's. */
  @Benchmark
  public void encode(Blackhole sink) {
    for (List<Token> tokens : decoded) {
      sink.consume(TokenCodec.encode(tokens));
    }
  }

  /** Decodes every sentence's tokens; the score is one sentence's. */
  @Benchmark
  public void decode(Blackhole sink) {
    for (byte[] bytes : encoded) {
      sink.consume(TokenCodec.decode(bytes));
    }
  }
}
