package io.steppe.app.eval;

import io.steppe.coder.EventCoder;
import io.steppe.model.text.AnnotatedDocument;
import java.util.List;

/**
 * Coding alone: {@link EventCoder#code} over documents annotated beforehand, on one thread,
 * repeated until at least the given time has passed, after one untimed pass to warm the JIT up.
 */
final class CodingSpeed {
  /** Sentences and events of one pass, how many passes, and in what time. */
  record Result(
      int documents, int sentencesPerPass, int eventsPerPass, int passes, double seconds) {
    double sentencesPerSecond() {
      return seconds == 0 ? 0 : (double) sentencesPerPass * passes / seconds;
    }
  }

  private CodingSpeed() {}

  static Result measure(EventCoder coder, List<AnnotatedDocument> documents, double minSeconds) {
    int sentences = 0;
    for (AnnotatedDocument document : documents) {
      sentences += document.sentences().size();
      coder.code(document);
    }
    long start = System.nanoTime();
    long minNanos = (long) (minSeconds * 1e9);
    int passes = 0;
    int timedEvents = 0;
    do {
      for (AnnotatedDocument document : documents) {
        timedEvents += coder.code(document).size();
      }
      passes++;
    } while (System.nanoTime() - start < minNanos && !documents.isEmpty());
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(documents.size(), sentences, timedEvents / passes, passes, seconds);
  }
}
