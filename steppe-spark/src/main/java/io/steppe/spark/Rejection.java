package io.steppe.spark;

/**
 * A line that gives no document.
 *
 * @param reason what was wrong, in the words single-machine ingest uses
 */
record Rejection(Position position, String reason) implements CorpusItem {
  private static final long serialVersionUID = 1L;

  /** The line and the reason, as printed to the user. */
  String describe() {
    return position.origin() + ": " + reason;
  }
}
