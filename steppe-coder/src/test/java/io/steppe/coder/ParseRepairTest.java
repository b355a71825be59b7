package io.steppe.coder;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.text.ParsedSentence;
import org.junit.jupiter.api.Test;

/** The parse errors ParseRepair mends, on parses written as CoreNLP gives them. */
class ParseRepairTest {
  @Test
  void infinitive_readAsClauseWithNounSubject_becomesObjectAndControlledClause() {
    ParsedSentence misread =
        Parses.parse(
            "Seoul/Seoul/NNP/1/nsubj",
            "rejected/reject/VBD/-1/root",
            "Pyongyang/Pyongyang/NNP/4/nmod:poss",
            "'s/'s/POS/2/case",
            "demand/demand/NN/6/nsubj",
            "to/to/IN/6/dep",
            "end/end/VB/1/ccomp",
            "drills/drill/NNS/6/obj");

    assertThat(Parses.arcs(ParseRepair.repair(misread)))
        .isEqualTo(
            "Seoul:nsubj:1 rejected:root:-1 Pyongyang:nmod:poss:4 's:case:2 demand:obj:1"
                + " to:mark:6 end:xcomp:1 drills:obj:6");
  }

  @Test
  void infinitive_withNamedSubject_isLeftAsParsed() {
    ParsedSentence parsed =
        Parses.parse(
            "Seoul/Seoul/NNP/1/nsubj",
            "wants/want/VBZ/-1/root",
            "Pyongyang/Pyongyang/NNP/4/nsubj",
            "to/to/TO/4/mark",
            "end/end/VB/1/ccomp",
            "drills/drill/NNS/4/obj");

    assertThat(ParseRepair.repair(parsed)).isSameAs(parsed);
  }

  @Test
  void weekday_readAsInfinitiveSubject_becomesTimeModifier() {
    ParsedSentence misread =
        Parses.parse(
            "UN/UN/NNP/1/nsubj",
            "sent/send/VBD/-1/root",
            "observers/observer/NNS/1/obj",
            "on/on/IN/6/mark",
            "Monday/Monday/NNP/6/nsubj",
            "to/to/TO/6/mark",
            "investigate/investigate/VB/1/advcl");

    assertThat(Parses.arcs(ParseRepair.repair(misread)))
        .isEqualTo(
            "UN:nsubj:1 sent:root:-1 observers:obj:1 on:case:4 Monday:obl:tmod:6 to:mark:6"
                + " investigate:advcl:1");
  }

  @Test
  void objectAfterTimePhrase_readAsItsDep_becomesVerbObject() {
    ParsedSentence misread =
        Parses.parse(
            "Baku/Baku/NNP/1/nsubj",
            "rejected/reject/VBD/-1/root",
            "Monday/Monday/NNP/1/obl:tmod",
            "an/a/DT/5/det",
            "Armenian/armenian/JJ/5/amod",
            "proposal/proposal/NN/2/dep");
    assertThat(Parses.arcs(ParseRepair.repair(misread)))
        .isEqualTo(
            "Baku:nsubj:1 rejected:root:-1 Monday:obl:tmod:1 an:det:5 Armenian:amod:5"
                + " proposal:obj:1");
  }

  @Test
  void depAfterComma_orBesideAnObject_isLeftAsParsed() {
    ParsedSentence parsed =
        Parses.parse(
            "Baku/Baku/NNP/1/nsubj",
            "rejected/reject/VBD/-1/root",
            "it/it/PRP/1/obj",
            "on/on/IN/4/case",
            "Monday/Monday/NNP/1/obl",
            "the/the/DT/6/det",
            "day/day/NN/4/dep");
    assertThat(ParseRepair.repair(parsed)).isSameAs(parsed);
  }

  @Test
  void objectReadAsSubjectOfClosingSaid_becomesVerbObject() {
    ParsedSentence misread =
        Parses.parse(
            "Baku/Baku/NNP/1/nsubj",
            "rejects/reject/VBZ/-1/root",
            "the/the/DT/3/det",
            "plan/plan/NN/7/nsubj",
            ",/,/,/3/punct",
            "an/a/DT/6/det",
            "official/official/NN/3/appos",
            "said/say/VBD/1/ccomp");
    assertThat(Parses.arcs(ParseRepair.repair(misread)))
        .isEqualTo(
            "Baku:nsubj:1 rejects:root:-1 the:det:3 plan:obj:1 ,:punct:3 an:det:6"
                + " official:nsubj:7 said:parataxis:1");
  }

  @Test
  void byAfterCommaOnParticipleInParenthetical_becomesAgentOfPassive() {
    ParsedSentence misread =
        Parses.parse(
            "Ali/Ali/NNP/2/nsubj:pass",
            "was/be/VBD/2/aux:pass",
            "accused/accuse/VBN/-1/root",
            "of/of/IN/4/mark",
            "lying/lie/VBG/2/advcl",
            ",/,/,/7/punct",
            "much/much/RB/7/advmod",
            "hidden/hide/VBN/4/dep",
            ",/,/,/10/punct",
            "by/by/IN/10/case",
            "prosecutors/prosecutor/NNS/7/obl");
    assertThat(Parses.arcs(ParseRepair.repair(misread)))
        .endsWith("hidden:dep:4 ,:punct:10 by:case:10 prosecutors:obl:2");
  }
}
