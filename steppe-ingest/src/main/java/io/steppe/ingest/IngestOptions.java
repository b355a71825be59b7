package io.steppe.ingest;

import io.steppe.model.SteppeException;

/**
 * How inputs are read.
 *
 * @param maxFileBytes files larger than this are rejected without being read; for JSON Lines, which
 *     is read line by line, the limit applies to each line
 * @param skipOtherLanguages whether documents detected as not English are skipped (see {@link
 *     LanguageGate}) instead of being read as English
 */
public record IngestOptions(long maxFileBytes, boolean skipOtherLanguages) {
  /** 20 MB: far above any article, low enough that a stray archive or dump cannot fill memory. */
  public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

  private static final long MB = 1024L * 1024;

  /** Checks that the limit is positive. */
  public IngestOptions {
    if (maxFileBytes <= 0) {
      throw new SteppeException("maxFileBytes must be positive, was " + maxFileBytes);
    }
  }

  /** The defaults: a 20 MB limit, other languages skipped. */
  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_FILE_BYTES, true);
  }

  /** These options with another size limit, in megabytes (MiB). */
  public IngestOptions withMaxDocumentMb(int megabytes) {
    if (megabytes <= 0) {
      throw new SteppeException(
          "--max-document-mb must be a positive number of megabytes, was " + megabytes);
    }
    return new IngestOptions(megabytes * MB, skipOtherLanguages);
  }

  /** The limit in words: "20 MB (20971520 bytes)", or only bytes when not whole megabytes. */
  String describeLimit() {
    String bytes = maxFileBytes + " bytes";
    return maxFileBytes % MB == 0 ? maxFileBytes / MB + " MB (" + bytes + ")" : bytes;
  }
}
