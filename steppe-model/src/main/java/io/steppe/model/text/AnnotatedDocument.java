package io.steppe.model.text;

import io.steppe.model.Document;
import java.util.List;

/** A document with its sentences annotated; the unit the coder works on. */
public record AnnotatedDocument(Document document, List<ParsedSentence> sentences) {
  public AnnotatedDocument {
    sentences = List.copyOf(sentences);
  }
}
