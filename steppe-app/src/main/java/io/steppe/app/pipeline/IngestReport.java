package io.steppe.app.pipeline;

import io.steppe.ingest.IngestItem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one ingest run did.
 *
 * @param stored documents annotated, coded and stored
 * @param duplicates documents stored as links to an original
 * @param unchanged documents already in the store, skipped
 * @param events events stored
 * @param rejected inputs that could not be read, with the reason
 * @param skipped documents left out because they are not in English
 * @param notices what the user should know about inputs that were read, such as conversions
 */
public record IngestReport(
    int stored,
    int duplicates,
    int unchanged,
    int events,
    List<IngestItem.Rejected> rejected,
    List<IngestItem.Skipped> skipped,
    List<IngestItem.Notice> notices) {
  public IngestReport {
    rejected = List.copyOf(rejected);
    skipped = List.copyOf(skipped);
    notices = List.copyOf(notices);
  }

  /** How many documents were skipped, by detected language, in language-code order. */
  public Map<String, Integer> skippedByLanguage() {
    Map<String, Integer> counts = new TreeMap<>();
    for (IngestItem.Skipped item : skipped) {
      counts.merge(item.language(), 1, Integer::sum);
    }
    return counts;
  }
}
