package io.steppe.app.eval;

import io.steppe.coder.CodingScreen;
import io.steppe.coder.Lexicon;
import io.steppe.model.Event;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParsedSentence;
import java.util.BitSet;
import java.util.List;

/**
 * What the parse screen would have skipped on the evaluation sets, and what that would have cost:
 * the events the full parse found in sentences the screen passes over.
 */
final class ScreenTally {
  private int sentences;
  private int skipped;
  private int events;
  private int lost;

  /** Counts one document, annotated in full, with the events coded from it with this lexicon. */
  void add(Lexicon lexicon, AnnotatedDocument document, List<Event> coded) {
    List<List<io.steppe.model.text.Token>> tokens =
        document.sentences().stream().map(ParsedSentence::tokens).toList();
    BitSet parsed = new CodingScreen(lexicon).select(tokens);
    sentences += tokens.size();
    skipped += tokens.size() - parsed.cardinality();
    events += coded.size();
    lost += (int) coded.stream().filter(e -> !parsed.get(e.sentenceIndex())).count();
  }

  Result result() {
    return new Result(sentences, skipped, events, lost);
  }

  /**
   * @param lost events the full parse found in sentences the screen would skip
   */
  public record Result(int sentences, int skipped, int events, int lost) {}
}
