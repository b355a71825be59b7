package io.steppe.nlp;

import io.steppe.model.Document;
import io.steppe.model.text.AnnotatedDocument;

/**
 * Splits a document into sentences and gives each token its lemma, part of speech, entity class and
 * dependency arc. Implementations must be safe to call from several threads at once.
 */
public interface Annotator {
  AnnotatedDocument annotate(Document document);

  /** A short description of the engine and its configuration, printed with benchmark figures. */
  String describe();
}
