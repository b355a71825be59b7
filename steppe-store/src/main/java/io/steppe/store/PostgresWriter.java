package io.steppe.store;

import io.steppe.model.Event;
import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.TokenCodec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes sentences and events to PostgreSQL as batched inserts inside the caller's transaction.
 * PgJDBC sends a batch as multi-row inserts ({@code reWriteBatchedInserts}, see {@link
 * PostgresLocation}); a failing row fails the batch, and the caller rolls the document back.
 */
final class PostgresWriter {

  private static final String INSERT_SENTENCE =
      "INSERT INTO sentences (doc_id, sentence_index, text, begin_offset, tokens)"
          + " VALUES (?, ?, ?, ?, ?)";

  private static final String INSERT_EVENT =
      "INSERT INTO events ("
          + String.join(", ", EventRow.COLUMNS)
          + ") VALUES ("
          + String.join(", ", Collections.nCopies(EventRow.COLUMNS.size(), "?"))
          + ")";

  private PostgresWriter() {}

  /** Inserts the document's sentences. */
  static void writeSentences(Connection connection, String documentId, List<ParsedSentence> rows)
      throws SQLException {
    List<List<@Nullable Object>> values = new ArrayList<>(rows.size());
    for (ParsedSentence sentence : rows) {
      values.add(
          List.of(
              documentId,
              sentence.index(),
              sentence.text(),
              sentence.begin(),
              TokenCodec.encode(sentence.tokens())));
    }
    Sql.batch(connection, INSERT_SENTENCE, values);
  }

  /** Inserts the events. */
  static void writeEvents(Connection connection, List<Event> events) throws SQLException {
    Sql.batch(connection, INSERT_EVENT, events.stream().map(EventRow::values).toList());
  }
}
