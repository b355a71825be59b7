package io.steppe.store;

import static io.steppe.store.Fixtures.ACCUSE;
import static io.steppe.store.Fixtures.ASSAULT;
import static io.steppe.store.Fixtures.CONSULT;
import static io.steppe.store.Fixtures.IRN_GOV;
import static io.steppe.store.Fixtures.ISR_MIL;
import static io.steppe.store.Fixtures.SCO;
import static io.steppe.store.Fixtures.TJK_GOV;
import static io.steppe.store.Fixtures.event;
import static io.steppe.store.Fixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.model.Actor;
import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.model.SteppeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Event filters over a small fixed store of three documents and six events. */
@ParameterizedClass
@EnumSource(Backend.class)
class EventQueryTest {
  private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
  private static final LocalDate JUNE_2 = LocalDate.of(2025, 6, 2);
  private static final LocalDate JUNE_3 = LocalDate.of(2025, 6, 3);
  private static final Actor TJK_MIL = new Actor("TJKMIL", "TJK", "MIL", null, "Tajik troops");

  @RegisterExtension final FreshStore fresh;
  private EventStore store;

  EventQueryTest(Backend backend) {
    fresh = new FreshStore(backend);
  }

  @BeforeEach
  void fill() {
    store = fresh.store();
    store.saveCoded(
        stored("b", JUNE_2),
        Fixtures.sentences(2),
        List.of(
            event("b:0:0", "b", JUNE_2, TJK_GOV, ISR_MIL, ACCUSE),
            event("b:1:0", "b", JUNE_2, TJK_MIL, IRN_GOV, ASSAULT, Modality.NEGATED)));
    store.saveCoded(
        stored("a", JUNE_1),
        Fixtures.sentences(2),
        List.of(
            event("a:1:0", "a", JUNE_1, IRN_GOV, SCO, CONSULT),
            event("a:0:1", "a", JUNE_1, SCO, TJK_GOV, CONSULT),
            event("a:0:0", "a", JUNE_1, IRN_GOV, null, ACCUSE, Modality.HYPOTHETICAL)));
    store.saveCoded(
        stored("c", JUNE_3),
        Fixtures.sentences(1),
        List.of(event("c:0:0", "c", JUNE_3, ISR_MIL, IRN_GOV, ASSAULT)));
  }

  private List<String> ids(EventQuery query) {
    return store.events(query).stream().map(Event::eventId).toList();
  }

  @Test
  void events_all_orderedByDateDocSentenceAndId() {
    assertThat(ids(EventQuery.all()))
        .containsExactly("a:0:0", "a:0:1", "a:1:0", "b:0:0", "b:1:0", "c:0:0");
  }

  @Test
  void eventsOfAny_givesEachEventOnceByTheFirstQueryItMatches() {
    EventQuery irn = EventQuery.all().withSource("IRN");
    List<EventQuery> queries =
        List.of(
            irn.withTarget("SCO"),
            EventQuery.all().withUntil(JUNE_2).withRoot("04"),
            irn,
            EventQuery.all().withTarget("IRN").withModality(Modality.NEGATED));
    assertThat(store.eventsOfAny(queries).stream().map(Event::eventId))
        .containsExactly("a:1:0", "a:0:1", "a:0:0", "b:1:0");
    List<Event> all = store.eventsOfAny(List.of(EventQuery.all().withRoot("19"), EventQuery.all()));
    assertThat(all.stream().map(Event::eventId))
        .containsExactly("b:1:0", "c:0:0", "a:0:0", "a:0:1", "a:1:0", "b:0:0");
    assertThat(all).containsExactlyInAnyOrderElementsOf(store.events(EventQuery.all()));
  }

  @Test
  void events_sourceByFullCode_matchesOnlyThatCode() {
    assertThat(ids(EventQuery.all().withSource("TJKGOV"))).containsExactly("b:0:0");
  }

  @Test
  void events_sourceByCountry_matchesEverySectorOfIt() {
    assertThat(ids(EventQuery.all().withSource("TJK"))).containsExactly("b:0:0", "b:1:0");
  }

  @Test
  void events_sourceByOrganisation_matchesIt() {
    assertThat(ids(EventQuery.all().withSource("SCO"))).containsExactly("a:0:1");
  }

  @Test
  void events_lowerCaseActor_matchesAsUpperCase() {
    assertThat(ids(EventQuery.all().withSource("tjk"))).containsExactly("b:0:0", "b:1:0");
  }

  @Test
  void events_targetByCountry_skipsEventsWithoutTarget() {
    assertThat(ids(EventQuery.all().withTarget("IRN"))).containsExactly("b:1:0", "c:0:0");
  }

  @Test
  void events_sourceAndTarget_mustBothMatch() {
    assertThat(ids(EventQuery.all().withSource("IRN").withTarget("SCO"))).containsExactly("a:1:0");
  }

  @Test
  void events_root_matchesCodesUnderIt() {
    assertThat(ids(EventQuery.all().withRoot("19"))).containsExactly("b:1:0", "c:0:0");
  }

  @Test
  void events_cameoAndPlover_matchExactly() {
    assertThat(ids(EventQuery.all().withCameo("040"))).containsExactly("a:0:1", "a:1:0");
    assertThat(ids(EventQuery.all().withPlover("accuse"))).containsExactly("a:0:0", "b:0:0");
  }

  @Test
  void events_sinceAndUntil_areInclusive() {
    assertThat(ids(EventQuery.all().withSince(JUNE_2))).containsExactly("b:0:0", "b:1:0", "c:0:0");
    assertThat(ids(EventQuery.all().withUntil(JUNE_1))).containsExactly("a:0:0", "a:0:1", "a:1:0");
    assertThat(ids(EventQuery.all().withSince(JUNE_2).withUntil(JUNE_2)))
        .containsExactly("b:0:0", "b:1:0");
  }

  @Test
  void events_modality_matchesOnlyThatModality() {
    assertThat(ids(EventQuery.all().withModality(Modality.ASSERTED)))
        .containsExactly("a:0:1", "a:1:0", "b:0:0", "c:0:0");
    assertThat(ids(EventQuery.all().withModality(Modality.NEGATED))).containsExactly("b:1:0");
    assertThat(ids(EventQuery.all().withModality(Modality.HYPOTHETICAL))).containsExactly("a:0:0");
  }

  @Test
  void events_limit_keepsTheFirstInOrder() {
    assertThat(ids(EventQuery.all().withLimit(2))).containsExactly("a:0:0", "a:0:1");
  }

  @Test
  void events_sqlInFilterValue_isJustAValue() {
    assertThat(ids(EventQuery.all().withSource("TJK' OR '1'='1"))).isEmpty();
    assertThat(store.counts().events()).isEqualTo(6);
  }

  @Test
  void eventQuery_negativeLimitOrEmptyRange_isRefused() {
    assertThatThrownBy(() -> EventQuery.all().withLimit(-1))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> EventQuery.all().withSince(JUNE_3).withUntil(JUNE_1))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("empty");
  }
}
