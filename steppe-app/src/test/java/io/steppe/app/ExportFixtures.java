package io.steppe.app;

import io.steppe.model.Actor;
import io.steppe.model.CameoTable;
import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.model.Location;
import io.steppe.model.Modality;
import io.steppe.model.Span;
import io.steppe.model.text.ParsedSentence;
import io.steppe.store.EventStore;
import io.steppe.store.StoredDocument;
import io.steppe.store.Stores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A small store of three events in two documents, for the export and import tests. */
final class ExportFixtures {
  static final String QUOTED = "Dushanbe said \"no, never\", condemning the Israeli strikes.";
  static final LocalDate JUNE = LocalDate.of(2025, 6, 14);
  static final LocalDate JULY = LocalDate.of(2025, 7, 2);

  static final Actor TJK_GOV = new Actor("TJKGOV", "TJK", "GOV", null, "Dushanbe");
  static final Actor ISR_MIL = new Actor("ISRMIL", "ISR", "MIL", null, "the Israeli strikes");
  static final Actor KAZ_GOV = new Actor("KAZGOV", "KAZ", "GOV", null, "Astana");
  static final Actor IRN_GOV = new Actor("IRNGOV", "IRN", "GOV", null, "Tehran");
  static final Actor USA_GOV = new Actor("USAGOV", "USA", "GOV", null, "Washington");

  private ExportFixtures() {}

  /**
   * Builds the store: doc-a (with a url, June) holds an asserted accusation located in Tehran;
   * doc-b (no url, July) holds an asserted consultation and a negated accusation.
   */
  static Path store(Path folder) {
    Path file = folder.resolve("steppe.duckdb");
    try (EventStore store = Stores.open(file.toString())) {
      Event accuse =
          new Draft(
                  "doc-a:0:0",
                  "doc-a",
                  QUOTED,
                  JUNE,
                  TJK_GOV,
                  ISR_MIL,
                  "111",
                  Modality.ASSERTED,
                  new Location("Tehran", "IRN"))
              .build();
      save(store, "doc-a", JUNE, "https://example.org/a?x=1", accuse);
      save(
          store,
          "doc-b",
          JULY,
          null,
          new Draft(
                  "doc-b:0:0",
                  "doc-b",
                  "Astana and Tehran held talks.",
                  JULY,
                  KAZ_GOV,
                  IRN_GOV,
                  "040",
                  Modality.ASSERTED,
                  null)
              .build(),
          new Draft(
                  "doc-b:1:0",
                  "doc-b",
                  "Tehran did not condemn Washington.",
                  JULY,
                  IRN_GOV,
                  USA_GOV,
                  "111",
                  Modality.NEGATED,
                  null)
              .build());
    }
    return file;
  }

  private static void save(
      EventStore store, String id, LocalDate date, @Nullable String url, Event... events) {
    Document document = new Document(id, date, "Title " + id, "IESS", url, "Text of " + id);
    List<ParsedSentence> sentences =
        java.util.Arrays.stream(events)
            .map(e -> new ParsedSentence(e.sentenceIndex(), e.sentence(), 0, List.of()))
            .toList();
    store.saveCoded(
        new StoredDocument(document, "hash-" + id, null, "test"), sentences, List.of(events));
  }

  /** The parts of an event that tests vary. */
  record Draft(
      String id,
      String doc,
      String sentence,
      LocalDate date,
      Actor source,
      Actor target,
      String cameo,
      Modality modality,
      @Nullable Location location) {
    Event build() {
      int index = Integer.parseInt(id.split(":")[1]);
      return new Event(
          id,
          doc,
          index,
          sentence,
          new Span(0, sentence.length()),
          date,
          source,
          target,
          CameoTable.bundled().get(cameo),
          modality,
          null,
          location,
          0.9,
          "test fixture");
    }
  }
}
