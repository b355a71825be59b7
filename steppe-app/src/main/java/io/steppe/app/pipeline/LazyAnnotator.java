package io.steppe.app.pipeline;

import io.steppe.model.Document;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.nlp.Annotator;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** An annotator made on first use: CoreNLP takes seconds to load, and a recode rarely needs it. */
public final class LazyAnnotator implements Annotator {
  private final Supplier<Annotator> factory;
  private @Nullable Annotator annotator;

  public LazyAnnotator(Supplier<Annotator> factory) {
    this.factory = factory;
  }

  private synchronized Annotator get() {
    if (annotator == null) {
      annotator = factory.get();
    }
    return annotator;
  }

  @Override
  public AnnotatedDocument annotate(Document document) {
    return get().annotate(document);
  }

  @Override
  public String describe() {
    return get().describe();
  }
}
