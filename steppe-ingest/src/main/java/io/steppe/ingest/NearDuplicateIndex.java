package io.steppe.ingest;

import io.steppe.model.SteppeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds near duplicates among documents seen so far with LSH banding (32 bands × 4 rows), confirmed
 * by similarity >= threshold (default 0.8).
 *
 * <p>Two documents become candidates when all four values of any band agree; at similarity 0.8 that
 * happens with probability above 0.9999, at 0.3 about 0.23, so few unrelated pairs are ever
 * compared. Candidates are then confirmed by their estimated similarity. Not thread-safe.
 */
public final class NearDuplicateIndex {
  /** The default threshold: the same story with a sentence or two edited. */
  public static final double DEFAULT_THRESHOLD = 0.8;

  private static final int BANDS = 32;
  private static final int ROWS = MinHashSignature.HASHES / BANDS;

  /**
   * An earlier document the new one duplicates.
   *
   * @param originalId the earlier document's id
   * @param similarity estimated Jaccard similarity, at least the threshold
   */
  public record Match(String originalId, double similarity) {}

  private final double threshold;

  private record Entry(int sequence, MinHashSignature signature) {}

  private final Map<String, Entry> entries = new HashMap<>();
  private final List<Map<Long, List<String>>> bands = new ArrayList<>();

  /** An index with the default threshold of 0.8. */
  public NearDuplicateIndex() {
    this(DEFAULT_THRESHOLD);
  }

  /** An index confirming candidates at estimated similarity {@code threshold} (0 < t ≤ 1). */
  public NearDuplicateIndex(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new SteppeException("threshold must be in (0, 1], was " + threshold);
    }
    this.threshold = threshold;
    for (int band = 0; band < BANDS; band++) {
      bands.add(new HashMap<>());
    }
  }

  /**
   * The earlier document this one duplicates (the most similar; the earliest added on a tie),
   * without adding it; or, when there is none, adds it and returns empty.
   */
  public Optional<Match> findOrAdd(String docId, MinHashSignature signature) {
    checkNew(docId, signature);
    Optional<Match> match = find(signature);
    if (match.isEmpty()) {
      add(docId, signature);
    }
    return match;
  }

  /** Adds a document without looking for duplicates, for rebuilding the index from a store. */
  public void add(String docId, MinHashSignature signature) {
    checkNew(docId, signature);
    entries.put(docId, new Entry(entries.size(), signature));
    for (int band = 0; band < BANDS; band++) {
      bands
          .get(band)
          .computeIfAbsent(bandKey(signature, band), key -> new ArrayList<>())
          .add(docId);
    }
  }

  /** Whether a document with this id has been added. */
  public boolean contains(String docId) {
    return entries.containsKey(docId);
  }

  /** The number of documents added. */
  public int size() {
    return entries.size();
  }

  private Optional<Match> find(MinHashSignature signature) {
    @Nullable Match best = null;
    for (String candidate : candidates(signature)) {
      double similarity = signature.similarity(entries.get(candidate).signature());
      if (similarity >= threshold && (best == null || similarity > best.similarity())) {
        best = new Match(candidate, similarity);
      }
    }
    return Optional.ofNullable(best);
  }

  /** Documents sharing at least one band, in the order they were added. */
  private List<String> candidates(MinHashSignature signature) {
    Set<String> shared = new HashSet<>();
    for (int band = 0; band < BANDS; band++) {
      shared.addAll(bands.get(band).getOrDefault(bandKey(signature, band), List.of()));
    }
    List<String> ordered = new ArrayList<>(shared);
    ordered.sort(Comparator.comparingInt(docId -> entries.get(docId).sequence()));
    return ordered;
  }

  /** The band's four values folded into one key; a collision only adds a candidate to check. */
  private static long bandKey(MinHashSignature signature, int band) {
    long key = band;
    for (int row = 0; row < ROWS; row++) {
      key = Shingles.mix(key ^ (signature.value(band * ROWS + row) & 0xffffffffL));
    }
    return key;
  }

  private void checkNew(String docId, MinHashSignature signature) {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(signature, "signature");
    if (entries.containsKey(docId)) {
      throw new SteppeException("document '" + docId + "' is already in the near-duplicate index");
    }
  }
}
