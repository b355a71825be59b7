package io.steppe.spark;

import java.util.List;

/**
 * What a run did.
 *
 * @param documents the documents read, not counting lines that repeat an earlier line's id
 * @param duplicates documents not coded because their text repeats an earlier document's
 * @param coded documents annotated and coded
 * @param events events written
 * @param rejected lines that gave no document, repeated ids included
 * @param firstRejections the first {@link #SHOWN} rejected lines with their reasons, in corpus
 *     order
 */
public record JobReport(
    long documents,
    long duplicates,
    long coded,
    long events,
    long rejected,
    List<String> firstRejections) {

  /** How many rejected lines a report names; a corpus can have millions. */
  public static final int SHOWN = 100;

  public JobReport {
    firstRejections = List.copyOf(firstRejections);
  }
}
