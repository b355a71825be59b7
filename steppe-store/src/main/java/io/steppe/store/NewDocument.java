package io.steppe.store;

import io.steppe.model.Claim;
import io.steppe.model.Event;
import io.steppe.model.text.ParsedSentence;
import java.util.List;

/** A coded document on its way into the store: the document row, its sentences, events, claims. */
public record NewDocument(
    StoredDocument document,
    List<ParsedSentence> sentences,
    List<Event> events,
    List<Claim> claims) {

  public NewDocument {
    sentences = List.copyOf(sentences);
    events = List.copyOf(events);
    claims = List.copyOf(claims);
  }

  public String id() {
    return document.document().id();
  }
}
