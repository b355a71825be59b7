package io.steppe.spark;

import java.io.Serializable;

/** What one line of the corpus gave: a document or the reason it gave none. */
sealed interface CorpusItem extends Serializable permits CorpusDocument, Rejection {

  /** Where the line starts. */
  Position position();
}
