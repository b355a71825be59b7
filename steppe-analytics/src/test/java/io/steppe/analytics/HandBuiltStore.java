package io.steppe.analytics;

import io.steppe.model.Actor;
import io.steppe.model.CameoTable;
import io.steppe.model.Claim;
import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.model.Span;
import io.steppe.model.text.ParsedSentence;
import io.steppe.store.Backend;
import io.steppe.store.EventStore;
import io.steppe.store.StoredDocument;
import io.steppe.store.TestLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small stores with known events, so every analysis can be checked by hand. Each lives on
 * the backend the test runs on (a new DuckDB file or PostgreSQL schema) and is deleted on close.
 */
final class HandBuiltStore implements AutoCloseable {
  private final TestLocation location;
  private final EventStore store;

  HandBuiltStore(Backend backend) {
    this.location = backend.create();
    this.store = location.open();
  }

  @Override
  public void close() {
    try {
      store.close();
    } finally {
      location.close();
    }
  }

  EventStore store() {
    return store;
  }

  /** One document from an outlet with events written as "SRC>TGT:CAMEO[:negated]". */
  HandBuiltStore document(String id, String outlet, String date, String... events) {
    LocalDate day = LocalDate.parse(date);
    Document document = new Document(id, day, id, outlet, null, "text of " + id);
    List<Event> coded = new ArrayList<>();
    for (String spec : events) {
      coded.add(event(id, coded.size(), day, spec));
    }
    ParsedSentence sentence = new ParsedSentence(0, "text of " + id, 0, List.of());
    store.saveCoded(
        new StoredDocument(document, "hash-" + id, null, id), List.of(sentence), coded, List.of());
    return this;
  }

  HandBuiltStore claim(String id, String date, String speaker, String... concerns) {
    LocalDate day = LocalDate.parse(date);
    Document document = new Document(id, day, id, "outlet", null, "claim " + id);
    Claim claim =
        new Claim(
            id + ":0:c",
            id,
            0,
            "claim " + id,
            day,
            Actor.unknown(speaker),
            List.of(concerns),
            "label");
    ParsedSentence sentence = new ParsedSentence(0, "claim " + id, 0, List.of());
    store.saveCoded(
        new StoredDocument(document, "hash-" + id, null, id),
        List.of(sentence),
        List.of(),
        List.of(claim));
    return this;
  }

  private static Event event(String docId, int ordinal, LocalDate day, String spec) {
    String[] parts = spec.split(":");
    String[] actors = parts[0].split(">");
    Modality modality = parts.length > 2 ? Modality.fromWord(parts[2]) : Modality.ASSERTED;
    Actor source = actor(actors[0]);
    Actor target = actors[1].equals("-") ? null : actor(actors[1]);
    return new Event(
        docId + ":0:" + ordinal,
        docId,
        0,
        "sentence of " + docId,
        new Span(0, 5),
        day,
        source,
        target,
        CameoTable.bundled().get(parts[1]),
        modality,
        null,
        null,
        0.9,
        "hand-built");
  }

  private static Actor actor(String code) {
    if (code.equals("?")) {
      return Actor.unknown("someone");
    }
    String country = code.substring(0, 3);
    String sector = code.length() > 3 ? code.substring(3) : null;
    return Actor.of(country, sector, null, code);
  }
}
