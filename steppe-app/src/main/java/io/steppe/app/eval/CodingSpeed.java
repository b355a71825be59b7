package io.steppe.app.eval;

import io.steppe.coder.EventCoder;
import io.steppe.model.text.AnnotatedDocument;
import java.util.List;

/**
 * Coding alone: {@link EventCoder#code} over documents annotated beforehand, on one thread,
 * repeated until at least the given time has passed, after one untimed pass to warm the JIT up.
 */
final class CodingSpeed {
  /** Sentences coded, in how many passes over the documents, and in what time. */
  record Result(int documents, int sentencesPerPass, int passes, double seconds) {
    double sentencesPerSecond() {
      return seconds == 0 ? 0 : (double) sentencesPerPass * passes / seconds;
    }
  }

  private CodingSpeed() {}

  static Result measure(EventCoder coder, List<AnnotatedDocument> documents, double minSeconds) {
    int sentences = 0;
    int events = 0;
    for (AnnotatedDocument document : documents) {
      sentences += document.sentences().size();
      events += coder.code(document).size();
    }
    long start = System.nanoTime();
    long minNanos = (long) (minSeconds * 1e9);
    int passes = 0;
    do {
      for (AnnotatedDocument document : documents) {
        events += coder.code(document).size();
      }
      passes++;
    } while (System.nanoTime() - start < minNanos && !documents.isEmpty());
    double seconds = (System.nanoTime() - start) / 1e9;
    // The event count keeps the calls from looking unused; it is not reported.
    return new Result(documents.size(), sentences, events < 0 ? 0 : passes, seconds);
  }
}
