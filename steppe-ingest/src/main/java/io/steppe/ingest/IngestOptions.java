package io.steppe.ingest;

import io.steppe.model.SteppeException;

/**
 * How inputs are read.
 *
 * @param maxFileBytes files larger than this are rejected without being read; for JSON Lines, which
 *     is read line by line, the limit applies to each line
 */
public record IngestOptions(long maxFileBytes) {
  /** 20 MB: far above any article, low enough that a stray archive or dump cannot fill memory. */
  public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

  /** Checks that the limit is positive. */
  public IngestOptions {
    if (maxFileBytes <= 0) {
      throw new SteppeException("maxFileBytes must be positive, was " + maxFileBytes);
    }
  }

  /** The defaults: a 20 MB limit. */
  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_FILE_BYTES);
  }
}
