package io.steppe.store;

import static io.steppe.store.Fixtures.ACCUSE;
import static io.steppe.store.Fixtures.CONSULT;
import static io.steppe.store.Fixtures.ISR_MIL;
import static io.steppe.store.Fixtures.TJK_GOV;
import static io.steppe.store.Fixtures.event;
import static io.steppe.store.Fixtures.sentences;
import static io.steppe.store.Fixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.steppe.model.Event;
import io.steppe.model.Modality;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class DocumentReadTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 14);

  @RegisterExtension final FreshStore fresh;
  private EventStore store;

  DocumentReadTest(Backend backend) {
    fresh = new FreshStore(backend);
  }

  @BeforeEach
  void open() {
    store = fresh.store();
  }

  @Test
  void document_stored_returnsMetadataSentencesAndEventsInOrder() {
    Event later = event("doc-1:2:0", "doc-1", DAY, TJK_GOV, ISR_MIL, ACCUSE, Modality.NEGATED);
    Event first = event("doc-1:0:0", "doc-1", DAY, TJK_GOV, ISR_MIL, CONSULT);
    store.saveCoded(stored("doc-1", DAY), sentences(3), List.of(later, first));
    store.saveCoded(stored("doc-2", DAY), sentences(1), List.of());

    CodedDocument document = store.document("doc-1").orElseThrow();

    assertThat(document.document()).isEqualTo(stored("doc-1", DAY).document());
    assertThat(document.origin()).isEqualTo("test.jsonl");
    assertThat(document.sentences())
        .containsExactly(
            new StoredSentence(0, "Sentence 0.", 0),
            new StoredSentence(1, "Sentence 1.", 100),
            new StoredSentence(2, "Sentence 2.", 200));
    // Codes read back from the bundled CAMEO table, so compare what the store itself keeps.
    assertThat(document.events())
        .extracting(Event::eventId, Event::modality)
        .containsExactly(
            tuple(first.eventId(), Modality.ASSERTED), tuple(later.eventId(), Modality.NEGATED));
  }

  @Test
  void document_unknownOrDuplicate_isEmpty() {
    store.saveCoded(stored("doc-1", DAY), sentences(1), List.of());
    store.saveDuplicate(
        new DuplicateLink(
            Fixtures.document("doc-copy", DAY), "doc-1", DuplicateLink.EXACT, 1.0, "copy.txt"));

    assertThat(store.document("no-such-doc")).isEmpty();
    assertThat(store.document("doc-copy")).isEmpty();
    assertThat(store.document("doc-1' OR '1'='1")).isEmpty();
  }
}
