package io.steppe.app.eval;

import io.steppe.app.pipeline.Engine;
import io.steppe.app.pipeline.OrderedParallel;
import io.steppe.model.Document;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.nlp.Annotator;
import java.util.ArrayList;
import java.util.List;

/** Annotates every record of a set once, on all cores, keeping the records' order. */
final class Annotations {
  private Annotations() {}

  static List<AnnotatedDocument> of(Annotator annotator, List<Document> documents) {
    List<AnnotatedDocument> annotated = new ArrayList<>(documents.size());
    try (OrderedParallel<Document, AnnotatedDocument> workers =
        new OrderedParallel<>(Engine.threads(), annotator::annotate, annotated::add)) {
      documents.forEach(workers::submit);
      workers.finish();
    }
    return annotated;
  }
}
