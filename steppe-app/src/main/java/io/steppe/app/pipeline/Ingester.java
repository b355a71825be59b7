package io.steppe.app.pipeline;

import io.steppe.ingest.ContentHash;
import io.steppe.ingest.DocumentSource;
import io.steppe.ingest.IngestItem;
import io.steppe.ingest.IngestOptions;
import io.steppe.ingest.MinHashSignature;
import io.steppe.ingest.NearDuplicateIndex;
import io.steppe.model.Document;
import io.steppe.store.DuplicateLink;
import io.steppe.store.EventStore;
import io.steppe.store.NewDocument;
import io.steppe.store.StoredDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Ingests files into a store: reads them, sets duplicates aside as links, annotates and codes the
 * rest in parallel, and stores each document with its events in one transaction. Documents already
 * stored are skipped, so a run that was killed resumes where it stopped and a repeated run adds
 * nothing.
 */
public final class Ingester {
  private static final double NEAR_DUPLICATE = 0.8;

  /**
   * Coded documents stored per transaction. One commit per document cost a fifth of the pipeline's
   * time next to annotation; a killed run loses at most this many coded documents, which the next
   * run codes again.
   */
  private static final int BATCH = 16;

  private final EventStore store;
  private final Supplier<Engine> engine;
  private final IngestOptions options;
  private final NearDuplicateIndex nearDuplicates = new NearDuplicateIndex(NEAR_DUPLICATE);
  // What the store held at the start and what this run added: an in-memory lookup, as the
  // near-duplicate signatures are, instead of two queries per document.
  private final Set<String> knownIds = new HashSet<>();
  private final Map<String, String> hashes = new HashMap<>();
  private final Map<String, StoredDocument> pending = new HashMap<>();
  private final List<NewDocument> batch = new ArrayList<>(BATCH);

  public Ingester(EventStore store, Supplier<Engine> engine) {
    this(store, engine, IngestOptions.defaults());
  }

  public Ingester(EventStore store, Supplier<Engine> engine, IngestOptions options) {
    this.store = store;
    this.engine = engine;
    this.options = options;
    store.forEachStored(
        (id, hash, minhash) -> {
          knownIds.add(id);
          if (hash != null) {
            // The first by id, whatever order the scan gives: re-runs name the same original.
            hashes.merge(hash, id, (a, b) -> a.compareTo(b) <= 0 ? a : b);
          }
          if (minhash != null) {
            nearDuplicates.add(id, MinHashSignature.fromBytes(minhash));
          }
        });
  }

  public IngestReport run(List<Path> paths, Progress progress) {
    store.shareCores(true);
    try {
      return ingest(paths, progress);
    } finally {
      store.shareCores(false);
    }
  }

  private IngestReport ingest(List<Path> paths, Progress progress) {
    Counter counter = new Counter();
    try (Stream<IngestItem> items = DocumentSource.read(paths, options);
        OrderedParallel<Candidate, Engine.Coded> workers =
            new OrderedParallel<>(
                Engine.threads(),
                c -> engine.get().process(c.document()),
                coded -> store(coded, counter, progress))) {
      items.forEach(item -> route(item, workers, counter, progress));
      workers.finish();
      flush(counter, progress);
    }
    progress.finish();
    return new IngestReport(
        counter.stored,
        counter.duplicates,
        counter.unchanged,
        counter.events,
        counter.rejected,
        counter.skipped,
        counter.notices);
  }

  /** A document that is new and not a duplicate, on its way to the workers. */
  private record Candidate(Document document, String origin) {}

  private void route(
      IngestItem item,
      OrderedParallel<Candidate, Engine.Coded> workers,
      Counter counter,
      Progress progress) {
    if (item instanceof IngestItem.Accepted accepted) {
      accept(accepted, workers, counter, progress);
    } else if (item instanceof IngestItem.Rejected rejected) {
      counter.rejected.add(rejected);
    } else if (item instanceof IngestItem.Skipped skipped) {
      counter.skipped.add(skipped);
    } else {
      counter.notices.add((IngestItem.Notice) item);
    }
  }

  private void accept(
      IngestItem.Accepted accepted,
      OrderedParallel<Candidate, Engine.Coded> workers,
      Counter counter,
      Progress progress) {
    Document document = accepted.document();
    if (!knownIds.add(document.id())) {
      counter.unchanged++;
      progress.step();
      return;
    }
    String hash = ContentHash.of(document.text());
    MinHashSignature signature = MinHashSignature.of(document.text());
    Optional<DuplicateLink> duplicate = duplicateOf(accepted, hash, signature);
    if (duplicate.isPresent()) {
      store.saveDuplicate(duplicate.get());
      counter.duplicates++;
      progress.step();
      return;
    }
    hashes.put(hash, document.id());
    pending.put(
        document.id(), new StoredDocument(document, hash, signature.toBytes(), accepted.origin()));
    workers.submit(new Candidate(document, accepted.origin()));
  }

  /** The original this document repeats, exactly or nearly, if any. */
  private Optional<DuplicateLink> duplicateOf(
      IngestItem.Accepted accepted, String hash, MinHashSignature signature) {
    Document document = accepted.document();
    Optional<String> exact = Optional.ofNullable(hashes.get(hash));
    if (exact.isPresent()) {
      return Optional.of(
          new DuplicateLink(document, exact.get(), DuplicateLink.EXACT, 1.0, accepted.origin()));
    }
    return nearDuplicates
        .findOrAdd(document.id(), signature)
        .map(
            near ->
                new DuplicateLink(
                    document,
                    near.originalId(),
                    DuplicateLink.NEAR,
                    near.similarity(),
                    accepted.origin()));
  }

  private void store(Engine.Coded coded, Counter counter, Progress progress) {
    StoredDocument document = pending.remove(coded.document().document().id());
    batch.add(
        new NewDocument(document, coded.document().sentences(), coded.events(), coded.claims()));
    if (batch.size() >= BATCH) {
      flush(counter, progress);
    }
  }

  private void flush(Counter counter, Progress progress) {
    if (batch.isEmpty()) {
      return;
    }
    store.saveAll(batch);
    for (NewDocument document : batch) {
      counter.stored++;
      counter.events += document.events().size();
      progress.step();
    }
    batch.clear();
  }

  /** Running totals of one run. */
  private static final class Counter {
    int stored;
    int duplicates;
    int unchanged;
    int events;
    final List<IngestItem.Rejected> rejected = new ArrayList<>();
    final List<IngestItem.Skipped> skipped = new ArrayList<>();
    final List<IngestItem.Notice> notices = new ArrayList<>();
  }

  /** How many documents the paths hold, for the progress bar. */
  public static long count(List<Path> paths) {
    return count(paths, IngestOptions.defaults());
  }

  /** How many documents the paths hold under {@code options}, for the progress bar. */
  public static long count(List<Path> paths, IngestOptions options) {
    try (Stream<IngestItem> items = DocumentSource.read(paths, options)) {
      return items.filter(IngestItem.Accepted.class::isInstance).count();
    }
  }
}
