package io.steppe.store;

import io.steppe.model.Document;
import io.steppe.model.Event;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads one coded document back with its sentences and events. Values are always bound. */
final class DocumentReader {

  private static final String DOCUMENT =
      "SELECT id, date, title, source, url, text, origin FROM documents WHERE id = ?";

  private static final String SENTENCES =
      "SELECT sentence_index, text, begin_offset FROM sentences WHERE doc_id = ?"
          + " ORDER BY sentence_index";

  private static final String EVENTS =
      "SELECT "
          + EventReader.COLUMNS
          + " FROM events WHERE doc_id = ? ORDER BY sentence_index, event_id";

  private DocumentReader() {}

  /** The coded document with this id, or empty when none is stored (duplicates are not). */
  /** How many ids one outlet lookup binds at once. */
  private static final int OUTLET_BATCH = 500;

  /**
   * The outlet (source) of each document, or its id when it names none. Only the ids asked for are
   * read: analyses need the outlets of a few clustered reports, never of the whole archive.
   */
  static Map<String, String> outlets(Connection connection, List<String> ids) throws SQLException {
    Map<String, String> outlets = new HashMap<>();
    for (int start = 0; start < ids.size(); start += OUTLET_BATCH) {
      List<String> batch = ids.subList(start, Math.min(ids.size(), start + OUTLET_BATCH));
      String sql =
          "SELECT id, coalesce(source, id) FROM documents WHERE id IN ("
              + String.join(", ", Collections.nCopies(batch.size(), "?"))
              + ")";
      for (List<String> row :
          Sql.select(
              connection,
              sql,
              new java.util.ArrayList<@Nullable Object>(batch),
              r -> List.of(r.getString(1), r.getString(2)))) {
        outlets.put(row.get(0), row.get(1));
      }
    }
    return outlets;
  }

  /** The stored document with this id, without its sentences and events. */
  static Optional<Document> documentOf(Connection connection, String id) throws SQLException {
    return Sql.select(connection, DOCUMENT, List.of(id), DocumentReader::row).stream()
        .findFirst()
        .map(DocumentRow::document);
  }

  static Optional<CodedDocument> read(Connection connection, String id) throws SQLException {
    List<@Nullable Object> key = List.of(id);
    List<DocumentRow> rows = Sql.select(connection, DOCUMENT, key, DocumentReader::row);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<StoredSentence> sentences =
        Sql.select(connection, SENTENCES, key, DocumentReader::sentence);
    List<Event> events = Sql.select(connection, EVENTS, key, EventReader::read);
    DocumentRow row = rows.get(0);
    return Optional.of(new CodedDocument(row.document(), row.origin(), sentences, events));
  }

  /** A documents row: the document and where it came from. */
  private record DocumentRow(Document document, @Nullable String origin) {}

  private static DocumentRow row(ResultSet row) throws SQLException {
    Document document =
        new Document(
            row.getString("id"),
            row.getObject("date", LocalDate.class),
            row.getString("title"),
            row.getString("source"),
            row.getString("url"),
            row.getString("text"));
    return new DocumentRow(document, row.getString("origin"));
  }

  private static StoredSentence sentence(ResultSet row) throws SQLException {
    return new StoredSentence(row.getInt(1), row.getString(2), row.getInt(3));
  }
}
