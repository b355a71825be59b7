package io.steppe.ingest;

import io.steppe.model.Document;
import java.util.Objects;

/**
 * One result of reading inputs: a document, a rejected input with the reason, a document skipped
 * because it is not in English, or a notice about how a file was read.
 */
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

  /**
   * A document read successfully but left out because it is not in English: the coder's lexicon and
   * parser are English, so coding it would produce wrong events or none.
   *
   * @param origin where it was read from
   * @param documentId the document's id
   * @param language the detected language, an ISO 639-1 code ({@code fr}) or {@code zh-CN}
   */
  record Skipped(String origin, String documentId, String language) implements IngestItem {
    /** Checks that all parts are present. */
    public Skipped {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(language, "language");
    }

    /** Why it was skipped, in words. */
    public String reason() {
      return "not English (detected language " + language + "): skipped, not coded";
    }
  }

  /**
   * Something the user should know about an input that was still read, such as a conversion from
   * another encoding. Given once per file, before the file's documents.
   *
   * @param origin the file
   * @param message what happened
   */
  record Notice(String origin, String message) implements IngestItem {
    /** Checks that both parts are present. */
    public Notice {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(message, "message");
    }
  }
}
