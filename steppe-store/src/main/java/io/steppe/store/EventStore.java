package io.steppe.store;

import io.steppe.model.Claim;
import io.steppe.model.Event;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParsedSentence;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Stores coded documents and their events, and answers queries over them.
 *
 * <p>Open one with {@link Stores#open(String)}. Failures are reported as {@link
 * io.steppe.model.SteppeException}s naming the store and the document concerned. Implementations
 * are safe to share between threads.
 */
public interface EventStore extends AutoCloseable {

  /** True when a document or a duplicate link with this id is stored. */
  boolean contains(String documentId);

  /**
   * Passes every stored document and duplicate link, documents in id order, in one scan: an ingest
   * learns what is stored and rebuilds its near-duplicate index without a query per document.
   */
  void forEachStored(StoredRow consumer);

  /** What an ingest needs to know of one stored document or duplicate link. */
  @FunctionalInterface
  interface StoredRow {
    /**
     * @param contentHash the document's content hash; null for a duplicate link
     * @param minhash the document's MinHash signature; null for a duplicate link and for documents
     *     stored without one
     */
    void accept(String id, @Nullable String contentHash, byte @Nullable [] minhash);
  }

  /**
   * While {@code true}, the store does its own work (compression, checkpoints) on one thread,
   * leaving the other cores to the caller: an ingest annotates on every core while it writes. An
   * embedded store only; a database server has its own cores.
   */
  default void shareCores(boolean share) {}

  /**
   * Stores a coded document: the document row, its sentences and its events, in one transaction.
   * Either all of it is stored or, on any failure (even a killed process), nothing of it.
   *
   * @throws io.steppe.model.SteppeException when the id is already stored, an event belongs to
   *     another document, or the database refuses a row (e.g. a repeated event id)
   */
  default void saveCoded(
      StoredDocument document,
      List<ParsedSentence> sentences,
      List<Event> events,
      List<Claim> claims) {
    saveAll(List.of(new NewDocument(document, sentences, events, claims)));
  }

  /**
   * Stores several coded documents in one transaction: all of them or, on any failure (even a
   * killed process), none. One commit for many documents is what keeps storing cheap next to
   * annotation.
   *
   * @throws io.steppe.model.SteppeException as {@link #saveCoded(StoredDocument, List, List,
   *     List)}, naming the document at fault
   */
  void saveAll(List<NewDocument> documents);

  /**
   * Stores a coded document without claims; see {@link #saveCoded(StoredDocument, List, List,
   * List)}.
   */
  default void saveCoded(
      StoredDocument document, List<ParsedSentence> sentences, List<Event> events) {
    saveCoded(document, sentences, events, List.of());
  }

  /** Ids of the coded documents (not duplicate links), in id order. */
  List<String> codedDocumentIds();

  /**
   * A coded document with the annotations its sentences were stored with, to code it again without
   * parsing; empty when it is not stored, or was stored before annotations were kept.
   */
  Optional<AnnotatedDocument> annotations(String documentId);

  /**
   * Replaces a stored document's sentences, events and claims by these, in one transaction: after a
   * failure or a killed process the document is as it was before.
   */
  void replaceCoded(
      String documentId, List<ParsedSentence> sentences, List<Event> events, List<Claim> claims);

  /**
   * Claims that concern this actor (country or organisation code), oldest first.
   *
   * @throws io.steppe.model.SteppeException when the code is not 2 to 12 letters
   */
  List<Claim> claimsAbout(String party);

  /**
   * Stores a duplicate link in one transaction.
   *
   * @throws io.steppe.model.SteppeException when the id is already stored
   */
  void saveDuplicate(DuplicateLink link);

  /** Events matching the query, ordered by date, doc_id, sentence_index, event_id. */
  List<Event> events(EventQuery query);

  /**
   * The events matching any of the queries (none with a limit), each once: those of the first query
   * in its order, then those of the second not given yet, and so on.
   */
  default List<Event> eventsOfAny(List<EventQuery> queries) {
    java.util.Map<String, Event> events = new java.util.LinkedHashMap<>();
    for (EventQuery query : queries) {
      events(query).forEach(event -> events.putIfAbsent(event.eventId(), event));
    }
    return List.copyOf(events.values());
  }

  /**
   * The coded document with this id, with its sentences and their events of every modality, or
   * empty when no coded document has it (a duplicate link is not a coded document).
   */
  Optional<CodedDocument> document(String documentId);

  /**
   * Events per directed pair of parties and period, with Goldstein sums, for events matching the
   * query (its limit is ignored).
   *
   * @param period day, week, month, quarter or year; null for one total per pair
   */
  List<DyadTotal> dyadTotals(EventQuery query, @Nullable String period);

  /** The outlet (document source, else the id) of each of these stored documents. */
  java.util.Map<String, String> outlets(java.util.Collection<String> documentIds);

  /** Ids of the documents holding events that match the query (its limit is ignored). */
  java.util.Set<String> documentsWith(EventQuery query);

  /**
   * Events between two parties (country or organisation codes), either way, matching the query, per
   * direction, period (day, week, month, quarter or year), quad class and PLOVER type.
   */
  List<PeriodTotal> periodTotals(EventQuery query, String period, String a, String b);

  /**
   * The strongest events (largest absolute Goldstein value) between two parties per period and
   * direction, at most {@code perPeriod} each, ordered like {@link #events}.
   */
  List<Event> strongest(EventQuery query, String period, String a, String b, int perPeriod);

  /**
   * The totals of {@link #periodTotals} and the events of {@link #strongest} together: a store may
   * read both from one pass over its events.
   */
  default DyadRows dyad(EventQuery query, String period, String a, String b, int perPeriod) {
    return new DyadRows(
        periodTotals(query, period, a, b), strongest(query, period, a, b, perPeriod));
  }

  /**
   * Runs one read-only SQL statement on a separate connection inside a read-only transaction: on
   * DuckDB SELECT, WITH, FROM, VALUES, SHOW, DESCRIBE, SUMMARIZE, or EXPLAIN of one of these; on
   * PostgreSQL SELECT, WITH, VALUES, TABLE, SHOW, or EXPLAIN of one of these.
   *
   * @throws io.steppe.model.SteppeException naming the statement when it is not a read, is more
   *     than one statement, or fails
   */
  QueryResult query(String sql);

  /**
   * Writes the events matching the query, every column of the events table, to a CSV file with a
   * header (RFC 4180 quoting). The query's limit applies; its order is date, doc_id,
   * sentence_index, event_id.
   *
   * @throws io.steppe.model.SteppeException when the path holds a quote, backslash or control
   *     character, or the file cannot be written
   */
  void exportCsv(EventQuery query, Path file);

  /**
   * Writes the events matching the query, every column plus {@code month} (YYYY-MM), as Parquet
   * files in one sub-folder per month ({@code month=2025-06/}) of this folder.
   *
   * @throws io.steppe.model.SteppeException when the store is not a DuckDB store, the path holds a
   *     quote, backslash or control character, or the files cannot be written (e.g. the folder is
   *     not empty)
   */
  void exportParquet(EventQuery query, Path directory);

  /** How many documents, duplicates, sentences, events and asserted events are stored. */
  StoreCounts counts();

  /** Releases the store; a store file can then be opened by another process. */
  @Override
  void close();
}
