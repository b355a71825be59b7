package io.steppe.bench;

import io.steppe.coder.CodingScreen;
import io.steppe.coder.Lexicon;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.Token;
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
 * The parse screen choosing, document by document, which of the samples' sentences to parse. It
 * reads only words, lemmas and tags; the stored entity classes and arcs are there but unread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(CoderBenchmark.SENTENCES)
public class ScreenBenchmark {
  private List<List<List<Token>>> documents;
  private CodingScreen screen;

  @Setup
  public void setUp() {
    documents = new ArrayList<>();
    for (AnnotatedDocument document : AnnotatedSamples.documents()) {
      documents.add(document.sentences().stream().map(ParsedSentence::tokens).toList());
    }
    screen = new CodingScreen(Lexicon.bundled());
  }

  /** Screens every document; the score is one sentence's share. */
  @Benchmark
  public void screenSamples(Blackhole sink) {
    for (List<List<Token>> sentences : documents) {
      sink.consume(screen.select(sentences));
    }
  }
}
