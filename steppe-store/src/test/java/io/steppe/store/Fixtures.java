package io.steppe.store;

import io.steppe.model.Actor;
import io.steppe.model.CameoCode;
import io.steppe.model.CameoTable;
import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.model.Location;
import io.steppe.model.Modality;
import io.steppe.model.Span;
import io.steppe.model.text.ParsedSentence;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Documents, sentences and events for store tests. CAMEO codes are built here, not looked up. */
final class Fixtures {
  static final CameoCode ACCUSE =
      new CameoCode("111", "Criticize or denounce", -2.0, 3, "ACCUSE", "");
  static final CameoCode CONSULT = new CameoCode("040", "Consult", 1.0, 1, "CONSULT", "");
  static final CameoCode ASSAULT =
      new CameoCode("190", "Use conventional military force", -10.0, 4, "ASSAULT", "");

  static final Actor TJK_GOV =
      new Actor("TJKGOV", "TJK", "GOV", null, "Tajikistan's foreign ministry");
  static final Actor ISR_MIL = new Actor("ISRMIL", "ISR", "MIL", null, "the Israeli army");
  static final Actor IRN_GOV = new Actor("IRNGOV", "IRN", "GOV", null, "Tehran");
  static final Actor SCO = new Actor("SCO", null, null, "SCO", "the SCO");

  private Fixtures() {}

  static Document document(String id, LocalDate date) {
    return new Document(
        id, date, "Title of " + id, "IESS", "https://example.org/" + id, "Text of " + id + ".");
  }

  static StoredDocument stored(String id, LocalDate date) {
    byte[] minhash = ("sig-" + id).getBytes(StandardCharsets.UTF_8);
    return new StoredDocument(document(id, date), "hash-" + id, minhash, "test.jsonl");
  }

  static ParsedSentence sentence(int index, String text) {
    return new ParsedSentence(index, text, index * 100, List.of());
  }

  static List<ParsedSentence> sentences(int count) {
    List<ParsedSentence> sentences = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sentences.add(sentence(i, "Sentence " + i + "."));
    }
    return sentences;
  }

  /** An asserted event with no attribution or location. */
  static Event event(
      String eventId,
      String docId,
      @Nullable LocalDate date,
      Actor source,
      @Nullable Actor target,
      CameoCode code) {
    return event(eventId, docId, date, source, target, code, Modality.ASSERTED);
  }

  static Event event(
      String eventId,
      String docId,
      @Nullable LocalDate date,
      Actor source,
      @Nullable Actor target,
      CameoCode code,
      Modality modality) {
    int sentence = Integer.parseInt(eventId.split(":")[1]);
    return new Event(
        eventId,
        docId,
        sentence,
        "Sentence " + sentence + ".",
        new Span(0, 10),
        date,
        source,
        target,
        code,
        modality,
        null,
        null,
        0.8,
        "test event");
  }

  /** An event with every field set, including attribution and location. */
  static Event fullEvent(String docId, CameoCode code) {
    return new Event(
        docId + ":0:0",
        docId,
        0,
        "Tajikistan's foreign ministry condemned the Israeli strikes on Iran.",
        new Span(0, 68),
        LocalDate.of(2025, 6, 14),
        TJK_GOV,
        ISR_MIL,
        code,
        Modality.HYPOTHETICAL,
        new Actor("IRNGOV", "IRN", "GOV", null, "Iranian officials"),
        new Location("Tehran", "IRN"),
        0.9,
        "verb condemn -> CAMEO 111; nsubj -> source; dobj -> target");
  }

  /** The bundled CAMEO table, or empty when the model jar does not have one (yet). */
  static Optional<CameoTable> bundledCameo() {
    try {
      return Optional.of(CameoTable.bundled());
    } catch (LinkageError e) {
      return Optional.empty();
    }
  }
}
