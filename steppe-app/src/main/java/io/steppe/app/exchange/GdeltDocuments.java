package io.steppe.app.exchange;

import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.model.Span;
import io.steppe.model.text.ParsedSentence;
import io.steppe.store.StoredDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Turns the GDELT rows of one SOURCEURL into a synthetic Steppe document: one short sentence per
 * row that states the coded event, so every event still points at a sentence an analyst can read.
 *
 * <p>Imported events are asserted (GDELT has no modality column and codes only what it read as
 * having happened), have confidence 0.5 (Steppe did not code them itself) and ids {@code
 * gdelt:GLOBALEVENTID}. Their {@code why} names the GDELT event and, when SOURCEURL is {@code
 * steppe:EVENT_ID} (written by {@code steppe export --format gdelt}), the Steppe event it came
 * from; the document id {@code gdelt:steppe:EVENT_ID} keeps that link too.
 */
final class GdeltDocuments {
  static final double CONFIDENCE = 0.5;

  private GdeltDocuments() {}

  /** The document, its sentences and its events, ready for {@code saveCoded}. */
  record Coded(StoredDocument document, List<ParsedSentence> sentences, List<Event> events) {}

  static Coded of(List<GdeltRecord> records, String origin) {
    GdeltRecord first = records.get(0);
    String documentId = first.documentId();
    List<ParsedSentence> sentences = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (GdeltRecord record : records) {
      int index = sentences.size();
      String sentence = sentence(record);
      sentences.add(new ParsedSentence(index, sentence, text.length(), List.of()));
      text.append(sentence).append('\n');
      events.add(event(record, documentId, index, sentence));
    }
    String url = first.sourceUrl();
    boolean web = url.toLowerCase(Locale.ROOT).matches("https?://.+");
    Document document =
        new Document(
            documentId,
            first.day(),
            "GDELT events of " + (url.isEmpty() ? "event " + first.globalEventId() : url),
            "GDELT",
            web ? url : null,
            text.toString());
    String hash = sha256(text.toString());
    return new Coded(new StoredDocument(document, hash, null, origin), sentences, events);
  }

  private static Event event(GdeltRecord record, String documentId, int index, String sentence) {
    return new Event(
        "gdelt:" + record.globalEventId(),
        documentId,
        index,
        sentence,
        new Span(0, sentence.length()),
        record.day(),
        record.source(),
        record.target(),
        record.code(),
        Modality.ASSERTED,
        null,
        record.location(),
        CONFIDENCE,
        why(record));
  }

  private static String sentence(GdeltRecord record) {
    String target = record.target() == null ? "" : " toward " + label(record.target());
    String name = record.code().name().isEmpty() ? "" : " (" + record.code().name() + ")";
    return "GDELT event "
        + record.globalEventId()
        + ": "
        + label(record.source())
        + " CAMEO "
        + record.code().code()
        + name
        + target
        + ".";
  }

  private static String label(io.steppe.model.Actor actor) {
    return actor.code().isEmpty() ? "unknown actor '" + actor.text() + "'" : actor.code();
  }

  private static String why(GdeltRecord record) {
    String why = "imported from GDELT event " + record.globalEventId();
    String url = record.sourceUrl();
    if (url.startsWith(GdeltColumns.STEPPE_PREFIX)) {
      why += ", exported from Steppe event " + url.substring(GdeltColumns.STEPPE_PREFIX.length());
    }
    return why;
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
