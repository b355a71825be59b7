package io.steppe.store;

import io.steppe.model.Document;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document about to be stored with its coding, and what deduplication needs to know of it.
 *
 * <p>The signature is an array, so the record copies it in and out and compares it by content.
 *
 * @param document the document as read
 * @param contentHash hash of the normalised text, for exact-duplicate detection
 * @param minhash the MinHash signature for near-duplicate detection, or null when not computed
 * @param origin where the document came from (a file name, a feed URL)
 */
@SuppressWarnings("ArrayRecordComponent") // copied defensively; equals and hashCode use content
public record StoredDocument(
    Document document, String contentHash, byte @Nullable [] minhash, String origin) {

  /** Checks the arguments and copies the signature, so the record stays immutable. */
  public StoredDocument {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(origin, "origin");
    minhash = minhash == null ? null : minhash.clone();
  }

  /** A copy of the MinHash signature, or null when there is none. */
  @Override
  public byte @Nullable [] minhash() {
    return minhash == null ? null : minhash.clone();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StoredDocument that
        && document.equals(that.document)
        && contentHash.equals(that.contentHash)
        && Arrays.equals(minhash, that.minhash)
        && origin.equals(that.origin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, contentHash, Arrays.hashCode(minhash), origin);
  }

  @Override
  public String toString() {
    return "StoredDocument[document="
        + document.id()
        + ", contentHash="
        + contentHash
        + ", minhash="
        + (minhash == null ? "none" : minhash.length + " bytes")
        + ", origin="
        + origin
        + "]";
  }
}
