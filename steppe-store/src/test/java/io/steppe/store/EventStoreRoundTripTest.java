package io.steppe.store;

import static io.steppe.store.Fixtures.ACCUSE;
import static io.steppe.store.Fixtures.TJK_GOV;
import static io.steppe.store.Fixtures.event;
import static io.steppe.store.Fixtures.fullEvent;
import static io.steppe.store.Fixtures.sentence;
import static io.steppe.store.Fixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.steppe.model.CameoCode;
import io.steppe.model.CameoTable;
import io.steppe.model.Event;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class EventStoreRoundTripTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 14);

  /** A code no CAMEO table lists, so it reads back from the event's own columns. */
  private static final CameoCode UNLISTED =
      new CameoCode("0999", "Test-only code", 1.5, 2, "COOPERATE", "test mode");

  @RegisterExtension final FreshStore fresh;
  private EventStore store;

  EventStoreRoundTripTest(Backend backend) {
    fresh = new FreshStore(backend);
  }

  @BeforeEach
  void open() {
    store = fresh.store();
  }

  @Test
  void saveCoded_thenEvents_returnsEveryContractField() {
    Event event = fullEvent("doc-42", UNLISTED);
    store.saveCoded(stored("doc-42", DAY), List.of(sentence(0, event.sentence())), List.of(event));

    assertThat(store.events(EventQuery.all())).containsExactly(event);
  }

  @Test
  void saveCoded_nullTargetAttributionLocationAndDate_readBackAsNull() {
    Event event = event("doc-1:0:0", "doc-1", null, TJK_GOV, null, UNLISTED);
    store.saveCoded(stored("doc-1", DAY), List.of(), List.of(event));

    Event read = store.events(EventQuery.all()).get(0);
    assertThat(read).isEqualTo(event);
    assertThat(read.target()).isNull();
    assertThat(read.attribution()).isNull();
    assertThat(read.location()).isNull();
    assertThat(read.date()).isNull();
  }

  @Test
  void saveCoded_unknownActor_keepsItsWords() {
    Event event =
        event(
            "doc-1:0:0", "doc-1", DAY, io.steppe.model.Actor.unknown("masked men"), null, UNLISTED);
    store.saveCoded(stored("doc-1", DAY), List.of(), List.of(event));

    assertThat(store.events(EventQuery.all())).containsExactly(event);
  }

  @Test
  void events_codeInBundledTable_takesTheTableRow() {
    Optional<CameoTable> table = Fixtures.bundledCameo();
    assumeThat(table).as("bundled cameo.tsv").isPresent();
    Optional<CameoCode> row = table.orElseThrow().find("111");
    assumeThat(row).isPresent();
    store.saveCoded(stored("doc-1", DAY), List.of(), List.of(fullEvent("doc-1", ACCUSE)));

    assertThat(store.events(EventQuery.all()).get(0).code()).isEqualTo(row.orElseThrow());
  }

  @Test
  void saveCoded_storesSentencesWithOffsets() {
    store.saveCoded(
        stored("doc-1", DAY), List.of(sentence(0, "First."), sentence(1, "Second.")), List.of());

    QueryResult result =
        store.query("SELECT sentence_index, text, begin_offset FROM sentences ORDER BY 1");
    assertThat(result.rows())
        .containsExactly(List.of("0", "First.", "0"), List.of("1", "Second.", "100"));
  }

  @Test
  void saveCoded_storesEveryDocumentColumn() {
    store.saveCoded(stored("doc-1", DAY), List.of(), List.of());

    QueryResult result =
        store.query(
            "SELECT id, date, title, source, url, text, content_hash, origin,"
                + " ingested_at IS NOT NULL FROM documents");
    assertThat(result.rows())
        .containsExactly(
            List.of(
                "doc-1",
                "2025-06-14",
                "Title of doc-1",
                "IESS",
                "https://example.org/doc-1",
                "Text of doc-1.",
                "hash-doc-1",
                "test.jsonl",
                "true"));
  }

  @Test
  void contains_storedDocument_isTrue_otherIdsFalse() {
    store.saveCoded(stored("doc-1", DAY), List.of(), List.of());

    assertThat(store.contains("doc-1")).isTrue();
    assertThat(store.contains("doc-2")).isFalse();
  }

  @Test
  void forEachStored_passesDocumentsInIdOrderWithHashAndSignature_andLinksWithout() {
    store.saveCoded(stored("doc-3", DAY), List.of(), List.of());
    StoredDocument unsigned =
        new StoredDocument(Fixtures.document("doc-2", DAY), "hash-doc-2", null, "test.jsonl");
    store.saveCoded(unsigned, List.of(), List.of());
    store.saveCoded(stored("doc-1", DAY), List.of(), List.of());
    store.saveDuplicate(
        new DuplicateLink(Fixtures.document("doc-0", DAY), "doc-1", DuplicateLink.EXACT, 1.0, "x"));

    List<String> rows = new java.util.ArrayList<>();
    store.forEachStored(
        (id, hash, bytes) ->
            rows.add(
                id
                    + " "
                    + hash
                    + " "
                    + (bytes == null ? null : new String(bytes, StandardCharsets.UTF_8))));

    assertThat(rows)
        .containsExactly(
            "doc-0 null null",
            "doc-1 hash-doc-1 sig-doc-1",
            "doc-2 hash-doc-2 null",
            "doc-3 hash-doc-3 sig-doc-3");
  }

  @Test
  void counts_countsEachKindOfRow() {
    Event asserted = event("doc-1:0:0", "doc-1", DAY, TJK_GOV, null, ACCUSE);
    Event negated =
        event("doc-1:1:0", "doc-1", DAY, TJK_GOV, null, ACCUSE, io.steppe.model.Modality.NEGATED);
    store.saveCoded(stored("doc-1", DAY), Fixtures.sentences(2), List.of(asserted, negated));
    store.saveDuplicate(
        new DuplicateLink(Fixtures.document("doc-2", DAY), "doc-1", DuplicateLink.EXACT, 1.0, "x"));

    assertThat(store.counts()).isEqualTo(new StoreCounts(1, 1, 2, 2, 1));
  }

  /**
   * Regression guard for the appender's short-string pitfall (see EventWriter): after a few
   * documents, reused appender buffers once made CHECK constraints fail on valid short values.
   */
  @Test
  void saveCoded_manyDocuments_everyEventReadsBackExactly() {
    List<Event> saved = new java.util.ArrayList<>();
    io.steppe.model.Modality[] modalities = io.steppe.model.Modality.values();
    for (int n = 0; n < 300; n++) {
      String id = String.format(java.util.Locale.ROOT, "d%03d", n);
      List<Event> events = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        events.add(
            event(id + ":" + i + ":0", id, DAY, TJK_GOV, null, UNLISTED, modalities[(n + i) % 3]));
      }
      store.saveCoded(stored(id, DAY), Fixtures.sentences(3), events);
      saved.addAll(events);
    }

    assertThat(store.events(EventQuery.all())).containsExactlyElementsOf(saved);
    assertThat(store.events(EventQuery.all().withModality(io.steppe.model.Modality.NEGATED)))
        .hasSize(300);
    assertThat(store.counts()).isEqualTo(new StoreCounts(300, 0, 900, 900, 300));
  }

  @Test
  void reopen_keepsEverythingStored() {
    Event event = fullEvent("doc-42", UNLISTED);
    store.saveCoded(stored("doc-42", DAY), List.of(sentence(0, "s")), List.of(event));

    store = fresh.reopen();

    assertThat(store.events(EventQuery.all())).containsExactly(event);
    assertThat(store.contains("doc-42")).isTrue();
  }
}
