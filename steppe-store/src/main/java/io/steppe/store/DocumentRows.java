package io.steppe.store;

import io.steppe.model.Document;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rows a stored document and a duplicate link make, in their tables' column order. */
final class DocumentRows {
  static final String INSERT_DOCUMENT =
      "INSERT INTO documents (id, date, title, source, url, text, content_hash, minhash, origin,"
          + " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  static final String INSERT_DUPLICATE =
      "INSERT INTO duplicates (doc_id, original_id, kind, similarity, title, source, url, date,"
          + " origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private DocumentRows() {}

  static List<@Nullable Object> of(StoredDocument stored, Clock clock) {
    Document document = stored.document();
    return Arrays.asList(
        document.id(),
        document.date(),
        document.title(),
        document.source(),
        document.url(),
        document.text(),
        stored.contentHash(),
        stored.minhash(),
        stored.origin(),
        LocalDateTime.now(clock));
  }

  static List<@Nullable Object> of(DuplicateLink link, Clock clock) {
    Document document = link.document();
    return Arrays.asList(
        document.id(),
        link.originalId(),
        link.kind(),
        link.similarity(),
        document.title(),
        document.source(),
        document.url(),
        document.date(),
        link.origin(),
        LocalDateTime.now(clock));
  }
}
