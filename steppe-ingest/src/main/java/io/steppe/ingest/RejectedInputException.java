package io.steppe.ingest;

/**
 * An input cannot become a document. Checked on purpose: every reader must turn it into an {@link
 * IngestItem.Rejected} rather than let one bad file end a run.
 */
final class RejectedInputException extends Exception {
  private static final long serialVersionUID = 1L;

  RejectedInputException(String reason) {
    super(reason);
  }

  IngestItem.Rejected at(String origin) {
    return new IngestItem.Rejected(origin, getMessage());
  }
}
