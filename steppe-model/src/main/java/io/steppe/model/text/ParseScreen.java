package io.steppe.model.text;

import java.util.BitSet;
import java.util.List;

/**
 * Chooses the sentences of a document worth the expensive annotators (named entities and the
 * dependency parse) from their words, tags and lemmas alone. Most news sentences hold no codable
 * event, and the parse costs more than everything else in the pipeline together.
 */
@FunctionalInterface
public interface ParseScreen {
  /** Every sentence: what a pipeline without a screen does. */
  ParseScreen ALL =
      sentences -> {
        BitSet all = new BitSet(sentences.size());
        all.set(0, sentences.size());
        return all;
      };

  /**
   * @param sentences each sentence's tokens, with word, lemma and tag but no entity class or arcs
   * @return the indexes of the sentences to parse
   */
  BitSet select(List<List<Token>> sentences);
}
