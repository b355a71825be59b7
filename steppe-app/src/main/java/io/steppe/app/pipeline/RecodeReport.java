package io.steppe.app.pipeline;

/**
 * What a recode did.
 *
 * @param annotatedAnew documents stored without annotations (before schema version 4)
 * @param parsedAgain documents with a sentence the new lexicon reaches but the screen had skipped
 */
public record RecodeReport(
    int documents,
    int annotatedAnew,
    int parsedAgain,
    int added,
    int removed,
    int recoded,
    int unchanged) {

  /** Running totals of one recode. */
  static final class Tally {
    int documents;
    int annotatedAnew;
    int parsedAgain;
    int added;
    int removed;
    int recoded;
    int unchanged;

    void add(EventDiff diff) {
      documents++;
      added += diff.added();
      removed += diff.removed();
      recoded += diff.recoded();
      unchanged += diff.unchanged();
    }

    RecodeReport report() {
      return new RecodeReport(
          documents, annotatedAnew, parsedAgain, added, removed, recoded, unchanged);
    }
  }
}
