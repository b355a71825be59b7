package io.steppe.ingest;

import io.steppe.model.SteppeException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * MinHash signature over word 5-shingles (lower-cased, punctuation-stripped words), 128 hash
 * functions, deterministic seeds.
 *
 * <p>Two signatures agree in a position with probability equal to the Jaccard similarity of the
 * texts' shingle sets. Seeds and hashes are fixed functions, so signatures stored by one run
 * compare correctly with signatures computed by a later one.
 *
 * @param values one minimum per hash function; {@link #HASHES} of them
 */
@SuppressWarnings("ArrayRecordComponent") // equals, hashCode and values() handle the array
public record MinHashSignature(int[] values) {
  /**
   * Number of hash functions: the estimated similarity is within about ±0.09 (two standard
   * deviations).
   */
  public static final int HASHES = 128;

  private static final long[] SEEDS = seeds();

  /** Checks the length and copies the values, so the signature cannot change afterwards. */
  public MinHashSignature {
    Objects.requireNonNull(values, "values");
    if (values.length != HASHES) {
      throw new SteppeException(
          "a MinHash signature has " + HASHES + " values, found " + values.length);
    }
    values = values.clone();
  }

  /**
   * The signature of a text. A text shorter than five words is one shingle of all its words; a text
   * with no words has every value at {@link Integer#MAX_VALUE}.
   */
  public static MinHashSignature of(String text) {
    int[] minimums = new int[HASHES];
    Arrays.fill(minimums, Integer.MAX_VALUE);
    for (long shingle : Shingles.hashes(text)) {
      for (int i = 0; i < HASHES; i++) {
        int hash = (int) (Shingles.mix(shingle ^ SEEDS[i]) >>> 32);
        if (hash < minimums[i]) {
          minimums[i] = hash;
        }
      }
    }
    return new MinHashSignature(minimums);
  }

  /** The values; a copy, since arrays cannot be made read-only. */
  @Override
  public int[] values() {
    return values.clone();
  }

  /** Estimated Jaccard similarity of the two texts' shingle sets, 0 to 1. */
  public double similarity(MinHashSignature other) {
    int equal = 0;
    for (int i = 0; i < HASHES; i++) {
      if (values[i] == other.values[i]) {
        equal++;
      }
    }
    return (double) equal / HASHES;
  }

  /** Value {@code index} without copying the array; for banding. */
  int value(int index) {
    return values[index];
  }

  /** {@value #HASHES} big-endian ints: 512 bytes, for storing. */
  public byte[] toBytes() {
    ByteBuffer buffer = ByteBuffer.allocate(HASHES * Integer.BYTES);
    buffer.asIntBuffer().put(values);
    return buffer.array();
  }

  /** Reads what {@link #toBytes()} wrote. */
  public static MinHashSignature fromBytes(byte[] bytes) {
    if (bytes.length != HASHES * Integer.BYTES) {
      throw new SteppeException(
          "a stored MinHash signature has "
              + HASHES * Integer.BYTES
              + " bytes, found "
              + bytes.length);
    }
    int[] values = new int[HASHES];
    ByteBuffer.wrap(bytes).asIntBuffer().get(values);
    return new MinHashSignature(values);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MinHashSignature signature && Arrays.equals(values, signature.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "MinHashSignature" + Arrays.toString(values);
  }

  /**
   * Seeds from a fixed SplitMix64 sequence: never change them, stored signatures depend on them.
   */
  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long state = 0x5eed_0f_57e99eL;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9e3779b97f4a7c15L;
      seeds[i] = Shingles.mix(state);
    }
    return seeds;
  }
}
