package io.steppe.actors.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.actors.ActorResolver;
import io.steppe.actors.petrarch.PetrarchActors.Reading;
import io.steppe.actors.petrarch.PetrarchActors.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small dictionaries in the TABARI format, written for these tests, read into Steppe actors. */
class PetrarchActorsTest {
  static final List<String> ACTORS =
      List.of(
          "<!-- a test dictionary",
          "     spanning lines -->",
          "ZEMBLA_  [ZEM]   # exact: no endings",
          "+ONHAVA",
          "KARPATH  [KRP]",
          "VARANGER",
          "\t[VRG <900101]",
          "\t[VRGGOV 19900101-19941231]",
          "\t[VRGREB >941231]",
          "OLD_KING_TARO [---]",
          "LUNAR_LEAGUE [IGOLUN]",
          "+THE_LEAGUE");

  static final List<String> AGENTS =
      List.of(
          "!PEOPLE! = MAN, MEN, WOMAN",
          "SOLDIER [~MIL]",
          "BORDER_GUARDS {} [~MIL]   # plural written on purpose",
          "HARBOUR!PEOPLE! [~LAB]",
          "RELIEF_WORKER [NGO~]",
          "THIS LINE HAS NO CODE");

  private static Reading read() {
    return PetrarchActors.parse(
        List.of(new Source("test.actors", ACTORS)), List.of(new Source("test.agents", AGENTS)));
  }

  private static String code(String text, String date) {
    ActorResolver resolver = new ActorResolver(read().dictionary());
    return resolver.resolve(text, LocalDate.parse(date)).actor().code();
  }

  @Test
  void read_primaryAndSynonym_shareTheCode() {
    assertThat(code("Zembla", "2000-01-01")).isEqualTo("ZEM");
    assertThat(code("Onhava", "2000-01-01")).isEqualTo("ZEM");
  }

  @Test
  void read_stem_matchesEndingsButExactNameDoesNot() {
    assertThat(code("Karpathian", "2000-01-01")).isEqualTo("KRP");
    assertThat(code("Karpaths", "2000-01-01")).isEqualTo("KRP");
    assertThat(code("Zemblan", "2000-01-01")).isEmpty();
  }

  @Test
  void read_datedCodes_pickTheCodeOfTheDate() {
    assertThat(code("Varanger", "1989-12-31")).isEqualTo("VRG");
    assertThat(code("Varanger", "1994-12-31")).isEqualTo("VRGGOV");
    assertThat(code("Varanger", "1995-01-01")).isEqualTo("VRGREB");
  }

  @Test
  void read_nullCode_leavesTheNameUncoded() {
    assertThat(code("Old King Taro", "2000-01-01")).isEmpty();
  }

  @Test
  void read_agentNouns_replaceTheSector() {
    assertThat(code("Zembla soldiers", "2000-01-01")).isEqualTo("ZEMMIL");
    assertThat(code("Karpath border guards", "2000-01-01")).isEqualTo("KRPMIL");
    assertThat(code("the League soldiers", "2000-01-01")).isEqualTo("IGOMIL");
  }

  @Test
  void read_substitutionSet_expandsEveryMember() {
    assertThat(code("Zembla harbourmen", "2000-01-01")).isEqualTo("ZEMLAB");
    assertThat(code("Zembla harbourwoman", "2000-01-01")).isEqualTo("ZEMLAB");
  }

  @Test
  void read_countsWhatWasReadAndSkipped() {
    Tally tally = read().tally();
    assertThat(tally.count("names")).isEqualTo(7);
    assertThat(tally.count("agent nouns")).isEqualTo(6);
    assertThat(tally.count("skipped: agent line that is not NOUN [~CODE]")).isEqualTo(1);
    assertThat(tally.count("agent codes written before the actor (CODE~), placed after it"))
        .isEqualTo(1);
    assertThat(tally.skipped()).isEqualTo(1);
    assertThat(tally.toString()).contains("first test.agents:6");
  }

  @Test
  void lines_xmlAndHashComments_areRemoved() {
    List<TabariLines.Line> lines =
        TabariLines.parse("f", List.of("A <!-- x --> B # c", "<! -- open", "still -->C"));
    assertThat(lines).extracting(TabariLines.Line::text).containsExactly("A  B", "C");
  }

  @Test
  void codes_sixDigitYears_pivotAtThirty() {
    assertThat(TabariCodes.date("291231")).isEqualTo(LocalDate.of(2029, 12, 31));
    assertThat(TabariCodes.date("300101")).isEqualTo(LocalDate.of(1930, 1, 1));
    assertThat(TabariCodes.parse("ABC 19990101 - 19991231").until())
        .isEqualTo(LocalDate.of(2000, 1, 1));
    assertThat(TabariCodes.parse("ABC <19990140")).isNull();
  }

  /**
   * Found by PetrarchFuzzTest: a set naming itself made substitution recurse until the stack ran
   * out.
   */
  @Test
  void read_substitutionSetNamingItself_isSkippedNotExpandedForEver() {
    List<String> agents = List.of("!CREW! = SAILOR, !CREW!", "SHIP!CREW! [~MIL]");

    Reading reading =
        PetrarchActors.parse(
            List.of(new Source("test.actors", ACTORS)), List.of(new Source("test.agents", agents)));

    assertThat(reading.tally().count("skipped: substitution set whose members hold a !SET! marker"))
        .isEqualTo(1);
    assertThat(reading.tally().count("skipped: unknown substitution set !CREW!")).isEqualTo(1);
  }
}
