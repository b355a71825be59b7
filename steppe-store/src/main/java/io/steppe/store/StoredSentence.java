package io.steppe.store;

import java.util.Objects;

/**
 * A sentence of a coded document as stored.
 *
 * @param index 0-based position in the document
 * @param text the sentence as written
 * @param begin character offset of the sentence in the document text
 */
public record StoredSentence(int index, String text, int begin) {

  /** Checks the text is present. */
  public StoredSentence {
    Objects.requireNonNull(text, "text");
  }
}
