package io.steppe.spark;

import io.steppe.model.Document;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A document read from the corpus, with where its line starts. Spark moves it between machines, and
 * {@link Document} is not serializable, so its fields travel here.
 */
record CorpusDocument(
    Position position,
    String id,
    @Nullable LocalDate date,
    @Nullable String title,
    @Nullable String source,
    @Nullable String url,
    String text)
    implements CorpusItem {
  private static final long serialVersionUID = 1L;

  static CorpusDocument of(Position position, Document document) {
    return new CorpusDocument(
        position,
        document.id(),
        document.date(),
        document.title(),
        document.source(),
        document.url(),
        document.text());
  }

  Document document() {
    return new Document(id, date, title, source, url, text);
  }
}
