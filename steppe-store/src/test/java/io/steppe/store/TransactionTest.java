package io.steppe.store;

import static io.steppe.store.Fixtures.ACCUSE;
import static io.steppe.store.Fixtures.ISR_MIL;
import static io.steppe.store.Fixtures.TJK_GOV;
import static io.steppe.store.Fixtures.event;
import static io.steppe.store.Fixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.model.Event;
import io.steppe.model.SteppeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** saveCoded stores a document whole or not at all. */
@ParameterizedClass
@EnumSource(Backend.class)
class TransactionTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 14);

  @RegisterExtension final FreshStore fresh;
  private EventStore store;

  TransactionTest(Backend backend) {
    fresh = new FreshStore(backend);
  }

  @BeforeEach
  void open() {
    store = fresh.store();
  }

  private static Event accuse(String eventId, String docId) {
    return event(eventId, docId, DAY, TJK_GOV, ISR_MIL, ACCUSE);
  }

  private void assertNothingOf(String docId) {
    assertThat(store.contains(docId)).isFalse();
    assertThat(store.query("SELECT count(*) FROM sentences WHERE doc_id = 'doc-1'").rows())
        .containsExactly(List.of("0"));
    assertThat(store.events(EventQuery.all())).isEmpty();
  }

  @Test
  void saveCoded_repeatedEventIdMidway_storesNothingOfTheDocument() {
    List<Event> events =
        List.of(
            accuse("doc-1:0:0", "doc-1"),
            accuse("doc-1:1:0", "doc-1"),
            accuse("doc-1:0:0", "doc-1"));

    assertThatThrownBy(() -> store.saveCoded(stored("doc-1", DAY), Fixtures.sentences(2), events))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("'doc-1'")
        .hasMessageContaining("nothing of it was stored");

    assertNothingOf("doc-1");
    assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 0));
  }

  @Test
  void saveCoded_repeatedSentenceIndex_storesNothingOfTheDocument() {
    List<io.steppe.model.text.ParsedSentence> sentences =
        List.of(Fixtures.sentence(0, "One."), Fixtures.sentence(0, "Again."));

    assertThatThrownBy(() -> store.saveCoded(stored("doc-1", DAY), sentences, List.of()))
        .isInstanceOf(SteppeException.class);

    assertNothingOf("doc-1");
  }

  @Test
  void saveCoded_eventIdAlreadyStoredForAnotherDocument_leavesTheFirstIntact() {
    store.saveCoded(stored("doc-0", DAY), List.of(), List.of(accuse("shared:0:0", "doc-0")));

    Event clash = accuse("shared:0:0", "doc-1");
    assertThatThrownBy(() -> store.saveCoded(stored("doc-1", DAY), List.of(), List.of(clash)))
        .isInstanceOf(SteppeException.class);

    assertThat(store.contains("doc-1")).isFalse();
    assertThat(store.counts()).isEqualTo(new StoreCounts(1, 0, 0, 1, 1));
  }

  @Test
  void saveCoded_afterAFailure_storeStillWorks() {
    List<Event> clash = List.of(accuse("doc-1:0:0", "doc-1"), accuse("doc-1:0:0", "doc-1"));
    assertThatThrownBy(() -> store.saveCoded(stored("doc-1", DAY), List.of(), clash))
        .isInstanceOf(SteppeException.class);

    store.saveCoded(stored("doc-1", DAY), Fixtures.sentences(1), List.of(clash.get(0)));

    assertThat(store.counts()).isEqualTo(new StoreCounts(1, 0, 1, 1, 1));
  }

  @Test
  void saveCoded_sameDocumentTwice_isRefusedAndKeepsTheFirst() {
    store.saveCoded(
        stored("doc-1", DAY), Fixtures.sentences(1), List.of(accuse("doc-1:0:0", "doc-1")));

    assertThatThrownBy(() -> store.saveCoded(stored("doc-1", DAY), List.of(), List.of()))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("already stored");

    assertThat(store.counts()).isEqualTo(new StoreCounts(1, 0, 1, 1, 1));
  }

  @Test
  void saveCoded_eventOfAnotherDocument_isRefusedBeforeWriting() {
    assertThatThrownBy(
            () -> store.saveCoded(stored("doc-1", DAY), List.of(), List.of(accuse("x:0:0", "x"))))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("belongs to document 'x'");

    assertNothingOf("doc-1");
  }
}
