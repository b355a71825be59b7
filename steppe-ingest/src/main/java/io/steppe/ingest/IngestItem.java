package io.steppe.ingest;

import io.steppe.model.Document;
import java.util.Objects;

/** One result of reading inputs: a document, or a rejected input with the reason. */
public sealed interface IngestItem {

  /**
   * Where the item came from: the file, with the line ({@code news.jsonl:12}) or feed item ({@code
   * news.rss#item3}) when one file holds many documents.
   */
  String origin();

  /**
   * A document read successfully.
   *
   * @param document the document, text normalised (line endings {@code \n}, trimmed, NFC)
   * @param origin where it was read from
   */
  record Accepted(Document document, String origin) implements IngestItem {
    /** Checks that both parts are present. */
    public Accepted {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(origin, "origin");
    }
  }

  /**
   * An input that yields no document.
   *
   * @param origin the file, with the line or byte offset when known
   * @param reason what was wrong, in words a user can act on
   */
  record Rejected(String origin, String reason) implements IngestItem {
    /** Checks that both parts are present. */
    public Rejected {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
