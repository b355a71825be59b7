package io.steppe.app.eval;

import io.steppe.coder.EventCoder;
import io.steppe.model.text.AnnotatedDocument;
import java.util.List;

/**
 * Coding alone: {@link EventCoder#code} over documents annotated beforehand, on one thread,
 * repeated until at least the given time has passed, after untimed passes for a third of that time
 * (at least one): one pass of the evaluation sets takes a tenth of a second, too short for the JIT
 * to compile the coder, and timing it measured the interpreter.
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
    }
    long minNanos = (long) (minSeconds * 1e9);
    long warmUpStart = System.nanoTime();
    do {
      documents.forEach(coder::code);
    } while (System.nanoTime() - warmUpStart < minNanos / 3 && !documents.isEmpty());
    long start = System.nanoTime();
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
