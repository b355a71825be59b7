package io.steppe.spark;

import io.steppe.ingest.ContentHash;
import io.steppe.ingest.MinHashSignature;
import java.io.Serializable;

/**
 * What the duplicate check needs of a document, computed where the document is read so that only
 * this, not the text, travels to the driver. A class rather than a record because the signature
 * travels as a bare array ({@link MinHashSignature} is not serializable), which a record would
 * expose.
 */
final class Fingerprint implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Position position;
  private final String id;
  private final String hash;
  private final int[] signature;

  private Fingerprint(Position position, String id, String hash, int[] signature) {
    this.position = position;
    this.id = id;
    this.hash = hash;
    this.signature = signature;
  }

  static Fingerprint of(CorpusDocument document) {
    return new Fingerprint(
        document.position(),
        document.id(),
        ContentHash.of(document.text()),
        MinHashSignature.of(document.text()).values());
  }

  Position position() {
    return position;
  }

  String id() {
    return id;
  }

  /** The exact-duplicate key. */
  String hash() {
    return hash;
  }

  /** The near-duplicate key. */
  MinHashSignature signature() {
    return new MinHashSignature(signature);
  }
}
