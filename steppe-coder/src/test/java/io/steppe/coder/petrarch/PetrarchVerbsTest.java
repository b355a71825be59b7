package io.steppe.coder.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.actors.ActorResolver;
import io.steppe.actors.petrarch.PetrarchActors;
import io.steppe.actors.petrarch.PetrarchActors.Source;
import io.steppe.actors.petrarch.Tally;
import io.steppe.coder.EventCoder;
import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.nlp.CoreNlpAnnotator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A small verb dictionary in the PETRARCH format, written for these tests, read into a lexicon and
 * used to code sentences with actors from a small TABARI actor dictionary.
 */
class PetrarchVerbsTest {
  static final List<String> VERBS =
      List.of(
          "# test verbs",
          "&ROADS",
          "+ROAD",
          "+HIGHWAY",
          "",
          "--- DENOUNCE [111] ---",
          "DENOUNCE",
          "DECRY {DECRIES DECRIED}",
          "- * (FOR) [112]   # accuse",
          "",
          "--- BLOCK [---] ---",
          "BLOCK",
          "- * &ROADS [1441]",
          "- * TRADE [1234567]",
          "- * (FROM $) [120]",
          "",
          "--- MEET [040:040] ---",
          "MEET",
          "+STAND_DOWN [0874]",
          "~ a (a b MEET) SAY = a b 040");

  static final List<String> ACTORS =
      List.of("ZEMBLA_ [ZEM]", "+ZEMBLAN_", "KARPATH [KRP]", "VARANGER_ [VRG]");

  private static final List<String> AGENTS = List.of("PROTESTER [~OPP]");

  private static PetrarchVerbs.Reading reading;
  private static EventCoder coder;
  private static CoreNlpAnnotator annotator;
  private static ActorResolver resolver;

  @BeforeAll
  static void read() {
    reading = PetrarchVerbs.parse("test.verbs", VERBS);
    PetrarchActors.Reading actors =
        PetrarchActors.parse(
            List.of(new Source("test.actors", ACTORS)), List.of(new Source("a", AGENTS)));
    resolver = new ActorResolver(actors.dictionary());
    coder = new EventCoder(reading.lexicon(), resolver);
    annotator = new CoreNlpAnnotator();
  }

  private static List<String> code(String sentence) {
    Document document = new Document("t", LocalDate.of(2001, 1, 1), null, null, null, sentence);
    List<String> events = new ArrayList<>();
    for (Event event : coder.code(annotator.annotate(document))) {
      if (event.modality() == Modality.ASSERTED) {
        String target = event.target() == null ? "-" : event.target().code();
        events.add(event.source().code() + ">" + target + ":" + event.cameo());
      }
    }
    return events;
  }

  @Test
  void read_countsVerbsPatternsAndSkips() {
    Tally tally = reading.tally();
    assertThat(tally.count("verb forms")).isEqualTo(5);
    assertThat(tally.count("patterns")).isEqualTo(4);
    assertThat(tally.count("skipped: null code [---] (PETRARCH codes nothing)")).isEqualTo(1);
    assertThat(tally.count("skipped: code not in Steppe's CAMEO table")).isEqualTo(1);
    assertThat(tally.count("skipped: source after the verb")).isEqualTo(1);
    assertThat(tally.count("skipped: transformation rule")).isEqualTo(1);
    assertThat(tally.count("paired codes")).isEqualTo(1);
    assertThat(reading.lexicon().size()).isEqualTo(tally.count("Steppe patterns made"));
  }

  @Test
  void code_blockVerb_takesTheBlockCodeAndObjectTarget() {
    assertThat(code("Zembla decried Karpath on Monday.")).containsExactly("ZEM>KRP:111");
  }

  @Test
  void code_patternWithPreposition_winsOverTheVerbAlone_andTakesTheFirstActorAfterTheVerb() {
    // "(FOR)" introduces a phrase the dictionary does not know; PETRARCH then takes the first
    // actor after the verb.
    assertThat(code("Zembla denounced Varanger for the blockade.")).containsExactly("ZEM>VRG:112");
  }

  @Test
  void code_synonymSetMember_codesThePattern() {
    assertThat(code("Karpath protesters blocked the highway to Zembla."))
        .containsExactly("KRPOPP>ZEM:1441");
  }

  @Test
  void code_multiWordVerb_needsItsParticle() {
    assertThat(code("The Zemblan army stood down near Karpath.")).containsExactly("ZEM>KRP:0874");
    assertThat(code("The Zemblan army stood near Karpath.")).isEmpty();
  }

  @Test
  void code_pairedCode_codesTheEventBothWays() {
    assertThat(code("Zembla met Karpath on Monday."))
        .containsExactlyInAnyOrder("ZEM>KRP:040", "KRP>ZEM:040");
    assertThat(code("Zembla and Karpath met on Monday."))
        .containsExactlyInAnyOrder("ZEM>KRP:040", "KRP>ZEM:040");
  }

  @Test
  void code_writtenPattern_winsOverTheVerbAloneForTheSamePlace() {
    List<String> verbs = List.of("--- ALLY [050] ---", "ALLY", "- * (WITH) [030]");
    assertThat(codes(verbs, "Zembla allied with Karpath.")).containsExactly("030");
  }

  @Test
  void code_verbListedByItsInflectedForm_matchesThatFormOnly() {
    List<String> verbs = List.of("--- LEAVE [012] ---", "LEAVE", "--- LEFT [042] ---", "LEFT");
    assertThat(codes(verbs, "Zembla left for Karpath on Monday.")).containsExactly("042");
    assertThat(codes(verbs, "Zembla leaves for Karpath on Monday.")).containsExactly("012");
  }

  private static List<String> codes(List<String> verbs, String sentence) {
    EventCoder own = new EventCoder(PetrarchVerbs.parse("v", verbs).lexicon(), resolver);
    Document document = new Document("t", LocalDate.of(2001, 1, 1), null, null, null, sentence);
    return own.code(annotator.annotate(document)).stream().map(Event::cameo).toList();
  }

  @Test
  void code_passiveWithoutBy_takesTheFirstActorAfterTheVerbAsSource() {
    assertThat(code("Karpath was decried over its quarrel with Zembla."))
        .containsExactly("ZEM>KRP:111");
  }

  @Test
  void code_actorInAnAdverbialClause_isNotTheTarget() {
    assertThat(code("Zembla decried the decision after Karpath left.")).isEmpty();
  }

  @Test
  void code_eventWithoutANamedTarget_isNotCoded() {
    // PETRARCH codes events between two actors its dictionaries name.
    assertThat(code("Zembla decried the blockade.")).isEmpty();
    assertThat(code("Zembla decried Karpath.")).containsExactly("ZEM>KRP:111");
  }

  @Test
  void code_futureReportedBySpeechVerb_keepsTheVerbCode() {
    assertThat(code("Zembla will decry Karpath, an official said.")).containsExactly("ZEM>KRP:111");
  }

  @Test
  void discards_matchWholeWordsIgnoringCase() {
    DiscardList discards = DiscardList.parse("d", List.of("+FOOTBALL", "YEARS LATER  # x"));
    assertThat(discards.size()).isEqualTo(2);
    assertThat(discards.discards("Zembla won the Football cup.")).isTrue();
    assertThat(discards.discards("Two years   later Zembla left.")).isTrue();
    assertThat(discards.discards("Footballers from Zembla.")).isFalse();
  }
}
