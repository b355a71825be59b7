package io.steppe.store;

import io.steppe.model.Document;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.TokenCodec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Stored annotations, read back for recoding, and the rows a recode replaces. */
final class AnnotationRows {
  private static final String SENTENCES =
      "SELECT sentence_index, text, begin_offset, tokens FROM sentences WHERE doc_id = ?"
          + " ORDER BY sentence_index";

  /** The tables whose rows a document's coding made, emptied before it is coded again. */
  private static final List<String> CODED_TABLES = List.of("events", "claims", "sentences");

  private AnnotationRows() {}

  static List<String> codedIds(Connection connection) throws SQLException {
    return Sql.select(
        connection, "SELECT id FROM documents ORDER BY id", List.of(), row -> row.getString(1));
  }

  /**
   * The document with the annotations its sentences were stored with; empty when it is not stored
   * or was stored before annotations were kept.
   */
  static Optional<AnnotatedDocument> read(Connection connection, String id) throws SQLException {
    Optional<Document> document = DocumentReader.documentOf(connection, id);
    if (document.isEmpty()) {
      return Optional.empty();
    }
    List<@Nullable ParsedSentence> sentences =
        Sql.select(connection, SENTENCES, List.of(id), AnnotationRows::sentence);
    List<ParsedSentence> complete = new ArrayList<>(sentences.size());
    for (ParsedSentence sentence : sentences) {
      if (sentence == null) {
        return Optional.empty();
      }
      complete.add(sentence);
    }
    return Optional.of(new AnnotatedDocument(document.get(), complete));
  }

  private static @Nullable ParsedSentence sentence(ResultSet row) throws SQLException {
    byte[] tokens = row.getBytes(4);
    return tokens == null
        ? null
        : new ParsedSentence(
            row.getInt(1), row.getString(2), row.getInt(3), TokenCodec.decode(tokens));
  }

  static void deleteCoded(Connection connection, String id) throws SQLException {
    for (String table : CODED_TABLES) {
      Sql.update(connection, "DELETE FROM " + table + " WHERE doc_id = ?", List.of(id));
    }
  }
}
