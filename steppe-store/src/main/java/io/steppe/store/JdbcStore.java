package io.steppe.store;

import io.steppe.model.Claim;
import io.steppe.model.Event;
import io.steppe.model.SteppeException;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParsedSentence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the DuckDB and PostgreSQL stores share: one JDBC connection serves every call, calls are
 * serialised on this object, and the SQL is the same except where {@link Dialect} says otherwise.
 * Subclasses write the bulk rows, run analysts' SQL and export, each as their database does best.
 */
abstract class JdbcStore implements EventStore {

  private static final String COUNTS =
      "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM duplicates),"
          + " (SELECT count(*) FROM sentences), (SELECT count(*) FROM events),"
          + " (SELECT count(*) FROM events WHERE modality = 'asserted')";

  /** The connection every call uses; subclasses use it inside the same lock. */
  final Connection connection;

  /** How messages name the store. */
  final String name;

  final Dialect dialect;
  private final Clock clock;

  JdbcStore(Connection connection, String name, Clock clock, Dialect dialect) {
    this.connection = connection;
    this.name = name;
    this.clock = clock;
    this.dialect = dialect;
  }

  /**
   * Applies the pending migrations of a newly opened connection, closing it when that fails.
   *
   * @param name how messages name the store
   */
  static void migrate(Connection connection, Dialect dialect, String name, Clock clock) {
    boolean ready = false;
    try {
      Migrations.apply(connection, dialect, name, clock);
      ready = true;
    } catch (SQLException e) {
      throw Sql.failure("cannot prepare the schema of store " + name, e);
    } finally {
      if (!ready) {
        closeAfterFailure(connection);
      }
    }
  }

  private static void closeAfterFailure(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // Already failing with the original cause; a failed close adds nothing the user can act on.
    }
  }

  /** Writes a document's sentences and events inside the transaction that stores it. */
  abstract void writeRows(String documentId, List<ParsedSentence> sentences, List<Event> events)
      throws SQLException;

  /**
   * Makes a concurrent store of the same id by another connection wait until this transaction ends.
   * Nothing by default: a DuckDB file has one writer.
   */
  void lockId(String documentId) throws SQLException {}

  @Override
  public synchronized boolean contains(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    try {
      return !DocumentRows.storedAmong(connection, List.of(documentId)).isEmpty();
    } catch (SQLException e) {
      throw Sql.failure("cannot look up document '" + documentId + "' in store " + name, e);
    }
  }

  @Override
  public synchronized void forEachStored(StoredRow consumer) {
    Objects.requireNonNull(consumer, "consumer");
    String sql =
        "SELECT id, content_hash, minhash FROM documents"
            + " UNION ALL SELECT doc_id, NULL, NULL FROM duplicates ORDER BY 1";
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        consumer.accept(rows.getString(1), rows.getString(2), rows.getBytes(3));
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read the stored documents of store " + name, e);
    }
  }

  @Override
  public synchronized void saveAll(List<NewDocument> documents) {
    if (documents.isEmpty()) {
      return;
    }
    documents.forEach(d -> requireOwnEvents(d.id(), d.events()));
    try {
      Sql.inTransaction(
          connection,
          () -> {
            for (NewDocument document : documents) {
              lockId(document.id());
            }
            refuseStored(documents.stream().map(NewDocument::id).toList());
            List<List<@Nullable Object>> rows = new ArrayList<>(documents.size());
            documents.forEach(d -> rows.add(DocumentRows.of(d.document(), clock)));
            Sql.batch(connection, DocumentRows.INSERT_DOCUMENT, rows);
            writeAll(documents);
            ClaimRows.write(
                connection, documents.stream().flatMap(d -> d.claims().stream()).toList());
          });
    } catch (SQLException e) {
      throw Sql.failure(DocumentRows.notStored(documents, name), e);
    }
  }

  /** Writes the sentences and events of several documents; subclasses may write them at once. */
  void writeAll(List<NewDocument> documents) throws SQLException {
    for (NewDocument document : documents) {
      writeRows(document.id(), document.sentences(), document.events());
    }
  }

  private static void requireOwnEvents(String documentId, List<Event> events) {
    for (Event event : events) {
      if (!event.docId().equals(documentId)) {
        throw new SteppeException(
            "event "
                + event.eventId()
                + " belongs to document '"
                + event.docId()
                + "', not to '"
                + documentId
                + "' which is being stored");
      }
    }
  }

  private void refuseStored(String documentId) throws SQLException {
    refuseStored(List.of(documentId));
  }

  /** One query for a whole batch: a query per document cost more than writing it. */
  private void refuseStored(List<String> documentIds) throws SQLException {
    List<String> stored = DocumentRows.storedAmong(connection, documentIds);
    if (!stored.isEmpty()) {
      throw new SteppeException(
          "document '"
              + stored.get(0)
              + "' is already stored in store "
              + name
              + "; ids are unique");
    }
  }

  @Override
  public synchronized void saveDuplicate(DuplicateLink link) {
    String id = link.document().id();
    try {
      Sql.inTransaction(
          connection,
          () -> {
            lockId(id);
            refuseStored(id);
            Sql.update(connection, DocumentRows.INSERT_DUPLICATE, DocumentRows.of(link, clock));
          });
    } catch (SQLException e) {
      throw Sql.failure("cannot store duplicate '" + id + "' in store " + name, e);
    }
  }

  @Override
  public synchronized List<Event> events(EventQuery query) {
    EventFilter filter = EventFilter.of(query, dialect);
    try {
      return Sql.select(connection, filter.sql(), filter.parameters(), EventReader::read);
    } catch (SQLException e) {
      throw Sql.failure("cannot read events from store " + name, e);
    }
  }

  @Override
  public synchronized List<Claim> claimsAbout(String party) {
    if (!party.matches("[A-Za-z]{2,12}")) {
      throw new SteppeException("actor code must be 2 to 12 letters, found '" + party + "'");
    }
    try {
      List<@Nullable Object> parameters =
          List.of(ClaimRows.aboutPattern(party.toUpperCase(java.util.Locale.ROOT)));
      return Sql.select(connection, ClaimRows.ABOUT, parameters, ClaimRows::read);
    } catch (SQLException e) {
      throw Sql.failure("cannot read claims from store " + name, e);
    }
  }

  @Override
  public synchronized java.util.Map<String, String> outlets(
      java.util.Collection<String> documentIds) {
    try {
      return DocumentReader.outlets(connection, List.copyOf(documentIds));
    } catch (SQLException e) {
      throw Sql.failure("cannot read document outlets from store " + name, e);
    }
  }

  @Override
  public synchronized List<String> codedDocumentIds() {
    try {
      return AnnotationRows.codedIds(connection);
    } catch (SQLException e) {
      throw Sql.failure("cannot list the documents of store " + name, e);
    }
  }

  @Override
  public synchronized Optional<AnnotatedDocument> annotations(String documentId) {
    try {
      return AnnotationRows.read(connection, documentId);
    } catch (SQLException e) {
      throw Sql.failure("cannot read the annotations of '" + documentId + "' in " + name, e);
    }
  }

  @Override
  public synchronized void replaceCoded(
      String documentId, List<ParsedSentence> sentences, List<Event> events, List<Claim> claims) {
    requireOwnEvents(documentId, events);
    try {
      Sql.inTransaction(
          connection,
          () -> {
            lockId(documentId);
            AnnotationRows.deleteCoded(connection, documentId);
            writeRows(documentId, sentences, events);
            ClaimRows.write(connection, claims);
          });
    } catch (SQLException e) {
      throw Sql.failure(
          "cannot recode document '" + documentId + "' in " + name + " (it was left as it was)", e);
    }
  }

  @Override
  public synchronized Optional<CodedDocument> document(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    try {
      return DocumentReader.read(connection, documentId);
    } catch (SQLException e) {
      throw Sql.failure("cannot read document '" + documentId + "' from store " + name, e);
    }
  }

  @Override
  public synchronized List<DyadTotal> dyadTotals(EventQuery query, @Nullable String period) {
    EventFilter filter =
        EventFilter.dyadTotals(
            query, period == null ? null : TotalRows.checkedPeriod(period), dialect);
    try {
      return Sql.select(connection, filter.sql(), filter.parameters(), TotalRows::dyadTotal);
    } catch (SQLException e) {
      throw Sql.failure("cannot total events in store " + name, e);
    }
  }

  @Override
  public synchronized java.util.Set<String> documentsWith(EventQuery query) {
    EventFilter filter = EventFilter.documents(query, dialect);
    try {
      return new java.util.TreeSet<>(
          Sql.select(connection, filter.sql(), filter.parameters(), row -> row.getString(1)));
    } catch (SQLException e) {
      throw Sql.failure("cannot read documents of events from store " + name, e);
    }
  }

  @Override
  public synchronized List<PeriodTotal> periodTotals(
      EventQuery query, String period, String a, String b) {
    EventFilter.Pair pair = new EventFilter.Pair(a, b);
    EventFilter filter =
        EventFilter.periodTotals(query, TotalRows.checkedPeriod(period), pair, dialect);
    try {
      return Sql.select(connection, filter.sql(), filter.parameters(), TotalRows::periodTotal);
    } catch (SQLException e) {
      throw Sql.failure("cannot total events per period in store " + name, e);
    }
  }

  @Override
  public synchronized List<Event> strongest(
      EventQuery query, String period, String a, String b, int perPeriod) {
    EventFilter.Pair pair = new EventFilter.Pair(a, b);
    EventFilter ranked =
        EventFilter.strongestIds(query, TotalRows.checkedPeriod(period), pair, perPeriod, dialect);
    try {
      List<String> ids =
          Sql.select(connection, ranked.sql(), ranked.parameters(), row -> row.getString(1));
      return eventsWithIds(ids);
    } catch (SQLException e) {
      throw Sql.failure("cannot read the strongest events from store " + name, e);
    }
  }

  /** The events with these ids, in the usual order; read by key, so only they are read. */
  List<Event> eventsWithIds(List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    EventFilter filter = EventFilter.byIds(ids);
    return Sql.select(connection, filter.sql(), filter.parameters(), EventReader::read);
  }

  @Override
  public synchronized StoreCounts counts() {
    try {
      return Sql.select(
              connection,
              COUNTS,
              List.of(),
              row ->
                  new StoreCounts(
                      row.getLong(1),
                      row.getLong(2),
                      row.getLong(3),
                      row.getLong(4),
                      row.getLong(5)))
          .get(0);
    } catch (SQLException e) {
      throw Sql.failure("cannot count the contents of store " + name, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw Sql.failure("cannot close store " + name, e);
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + name + "]";
  }
}
