package io.steppe.app.pipeline;

import io.steppe.ingest.IngestItem;
import java.util.List;

/**
 * What one ingest run did.
 *
 * @param stored documents annotated, coded and stored
 * @param duplicates documents stored as links to an original
 * @param unchanged documents already in the store, skipped
 * @param events events stored
 * @param rejected inputs that could not be read, with the reason
 */
public record IngestReport(
    int stored, int duplicates, int unchanged, int events, List<IngestItem.Rejected> rejected) {
  public IngestReport {
    rejected = List.copyOf(rejected);
  }
}
