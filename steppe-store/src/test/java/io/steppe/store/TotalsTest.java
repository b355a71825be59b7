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

import io.steppe.model.Actor;
import io.steppe.model.Claim;
import io.steppe.model.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The grouped queries analyses run, claims and CSV export, over a small fixed store. */
@ParameterizedClass
@EnumSource(Backend.class)
class TotalsTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);
  private static final LocalDate WEDNESDAY = LocalDate.of(2025, 6, 11);
  private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

  @RegisterExtension final FreshStore fresh;
  @TempDir Path dir;
  private EventStore store;

  TotalsTest(Backend backend) {
    fresh = new FreshStore(backend);
  }

  @BeforeEach
  void fill() {
    store = fresh.store();
    store.saveCoded(
        stored("a", MONDAY),
        Fixtures.sentences(3),
        List.of(
            event("a:0:0", "a", MONDAY, TJK_GOV, ISR_MIL, ACCUSE),
            event("a:1:0", "a", MONDAY, TJK_GOV, ISR_MIL, ASSAULT),
            event("a:2:0", "a", MONDAY, ISR_MIL, TJK_GOV, CONSULT)));
    store.saveCoded(
        stored("b", WEDNESDAY),
        Fixtures.sentences(1),
        List.of(
            event("b:0:0", "b", WEDNESDAY, TJK_GOV, ISR_MIL, CONSULT),
            event("b:0:1", "b", WEDNESDAY, IRN_GOV, null, ACCUSE)),
        List.of(
            new Claim(
                "b:0:c",
                "b",
                0,
                "Sentence 0.",
                WEDNESDAY,
                Actor.unknown("a spokesman"),
                List.of("KAZ", "ISR"),
                "label")));
    store.saveCoded(
        stored("c", JULY),
        Fixtures.sentences(1),
        List.of(event("c:0:0", "c", JULY, SCO, TJK_GOV, CONSULT)));
  }

  @Test
  void dyadTotals_byMonth_groupsPairsWithBothParties() {
    LocalDate june = LocalDate.of(2025, 6, 1);
    assertThat(store.dyadTotals(EventQuery.all(), "month"))
        .containsExactly(
            new DyadTotal("ISR", "TJK", june, 1, 1.0),
            new DyadTotal("SCO", "TJK", JULY, 1, 1.0),
            new DyadTotal("TJK", "ISR", june, 3, -11.0));
  }

  @Test
  void dyadTotals_withoutPeriod_givesOneTotalPerPair() {
    assertThat(store.dyadTotals(EventQuery.all().withSource("TJK"), null))
        .containsExactly(new DyadTotal("TJK", "ISR", null, 3, -11.0));
  }

  @Test
  void periodTotals_byWeek_startOnMondayPerDirectionQuadAndType() {
    assertThat(store.periodTotals(EventQuery.all(), "week", "TJK", "ISR"))
        .containsExactly(
            new PeriodTotal("ISR", "TJK", MONDAY, 1, "CONSULT", 1, 1.0),
            new PeriodTotal("TJK", "ISR", MONDAY, 3, "ACCUSE", 1, -2.0),
            new PeriodTotal("TJK", "ISR", MONDAY, 4, "ASSAULT", 1, -10.0),
            new PeriodTotal("TJK", "ISR", LocalDate.of(2025, 6, 9), 1, "CONSULT", 1, 1.0));
  }

  @Test
  void strongest_perMonthAndDirection_keepsTheLargestGoldstein() {
    assertThat(store.strongest(EventQuery.all(), "month", "TJK", "ISR", 1))
        .extracting(Event::eventId)
        .containsExactly("a:1:0", "a:2:0");
  }

  @Test
  void dyad_withCountriesOrOrganisationsEitherSide_readsWhatTotalsAndStrongestRead() {
    store.saveCoded(
        stored("d", JULY),
        Fixtures.sentences(2),
        List.of(
            event("d:0:0", "d", JULY, TJK_GOV, SCO, ASSAULT),
            event("d:1:0", "d", JULY, SCO, SCO, ACCUSE)));
    EventQuery all = EventQuery.all();
    for (List<String> pair : List.of(List.of("TJK", "ISR"), List.of("SCO", "TJK"))) {
      String a = pair.get(0);
      String b = pair.get(1);
      assertThat(store.dyad(all, "month", a, b, 1))
          .isEqualTo(
              new DyadRows(
                  store.periodTotals(all, "month", a, b), store.strongest(all, "month", a, b, 1)));
    }
    assertThat(store.dyad(all, "month", "TJK", "SCO", 1).totals())
        .containsExactly(
            new PeriodTotal("SCO", "TJK", JULY, 1, "CONSULT", 1, 1.0),
            new PeriodTotal("TJK", "SCO", JULY, 4, "ASSAULT", 1, -10.0));
  }

  @Test
  void documentsWithAndOutlets_readTheMatchingDocuments() {
    assertThat(store.documentsWith(EventQuery.all().withTarget("TJK"))).containsExactly("a", "c");
    assertThat(store.outlets(List.of("a", "c", "none")))
        .containsOnlyKeys("a", "c")
        .containsValue("IESS");
  }

  @Test
  void claimsAbout_findsClaimsConcerningTheCode() {
    assertThat(store.claimsAbout("isr")).extracting(Claim::claimId).containsExactly("b:0:c");
    assertThat(store.claimsAbout("IS")).isEmpty();
  }

  @Test
  void exportCsv_writesHeaderAndTheSelectedEventsInOrder() throws IOException {
    Path file = dir.resolve("events.csv");
    store.exportCsv(EventQuery.all().withSource("TJK").withLimit(2), file);

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith(String.join(",", EventRow.COLUMNS.subList(0, 5)));
    assertThat(lines.get(1)).startsWith("a:0:0,a,0,Sentence 0.,0,10,2025-06-02,TJKGOV,TJK,GOV,,");
    assertThat(lines.get(2)).startsWith("a:1:0,a,1,");
  }
}
