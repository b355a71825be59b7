package io.steppe.store;

import io.steppe.model.Document;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

  /** Which of these ids a document or a duplicate link already has. */
  static List<String> storedAmong(Connection connection, List<String> ids) throws SQLException {
    String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
    List<@Nullable Object> parameters = new ArrayList<>(ids);
    parameters.addAll(ids);
    return Sql.select(
        connection,
        "SELECT id FROM documents WHERE id IN ("
            + marks
            + ") UNION ALL SELECT doc_id FROM duplicates WHERE doc_id IN ("
            + marks
            + ")",
        parameters,
        row -> row.getString(1));
  }

  /** What a failed batch says: which documents, and that none of them was stored. */
  static String notStored(List<NewDocument> documents, String store) {
    String first = documents.get(0).id();
    return documents.size() == 1
        ? "cannot store document '" + first + "' in store " + store + " (nothing of it was stored)"
        : "cannot store "
            + documents.size()
            + " documents from '"
            + first
            + "' in store "
            + store
            + " (none of them was stored)";
  }
}
