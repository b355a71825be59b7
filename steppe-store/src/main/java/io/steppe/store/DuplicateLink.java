package io.steppe.store;

import io.steppe.model.Document;
import io.steppe.model.SteppeException;
import java.util.Objects;

/**
 * A document found to repeat one already stored: kept only as a link to its original, never coded.
 *
 * @param document the duplicate document (its text is not stored)
 * @param originalId id of the stored document it repeats
 * @param kind {@link #EXACT} (same content hash) or {@link #NEAR} (similar MinHash signature)
 * @param similarity estimated Jaccard similarity to the original, 1.0 for exact duplicates
 * @param origin where the duplicate came from
 */
public record DuplicateLink(
    Document document, String originalId, String kind, double similarity, String origin) {

  /** The kind of a duplicate whose content hash equals its original's. */
  public static final String EXACT = "exact";

  /** The kind of a duplicate whose MinHash signature is close to its original's. */
  public static final String NEAR = "near";

  /** Checks the arguments. */
  public DuplicateLink {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(originalId, "originalId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(origin, "origin");
    if (!kind.equals(EXACT) && !kind.equals(NEAR)) {
      throw new SteppeException(
          "duplicate kind of '" + document.id() + "' must be exact or near, found '" + kind + "'");
    }
  }
}
