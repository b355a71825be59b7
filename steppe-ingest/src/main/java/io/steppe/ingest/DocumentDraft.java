package io.steppe.ingest;

import io.steppe.model.Document;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The fields a reader found, before normalisation and the checks every format shares.
 *
 * @param id the identifier; never blank
 * @param text the raw text; normalised in {@link #toItem}
 */
record DocumentDraft(
    String id,
    @Nullable LocalDate date,
    @Nullable String title,
    @Nullable String source,
    @Nullable String url,
    String text) {

  /** The normalised document, or a rejection when no text is left. */
  IngestItem toItem(String origin) {
    String normalized = TextNormalizer.text(text);
    if (normalized.isEmpty()) {
      return new IngestItem.Rejected(origin, "empty document");
    }
    Document document =
        new Document(
            id.strip(),
            date,
            TextNormalizer.field(title),
            TextNormalizer.field(source),
            TextNormalizer.field(url),
            normalized);
    return new IngestItem.Accepted(document, origin);
  }
}
