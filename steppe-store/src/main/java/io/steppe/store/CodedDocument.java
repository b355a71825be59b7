package io.steppe.store;

import io.steppe.model.Document;
import io.steppe.model.Event;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored document with what coding made of it, for showing each event beside its sentence.
 *
 * @param document the document as read
 * @param origin where it came from (a file name, a feed URL), or null when not recorded
 * @param sentences its sentences in document order
 * @param events its events of every modality, by sentence index then event id
 */
public record CodedDocument(
    Document document,
    @Nullable String origin,
    List<StoredSentence> sentences,
    List<Event> events) {

  /** Checks the arguments and copies the lists, so the record stays immutable. */
  public CodedDocument {
    Objects.requireNonNull(document, "document");
    sentences = List.copyOf(sentences);
    events = List.copyOf(events);
  }
}
