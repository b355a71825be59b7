package io.steppe.coder;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.text.ParsedSentence;
import org.junit.jupiter.api.Test;

/**
 * The hidden subjects SubjectRepair hangs on their verbs again, on parses as CoreNLP gives them.
 */
class SubjectRepairTest {
  @Test
  void subject_readAsAppositionInFrontedPhrase_becomesSubjectOfVerb() {
    // "With the truce in place, the army and the rebels have agreed to talk."
    ParsedSentence misread =
        Parses.parse(
            "With/with/IN/2/case",
            "the/the/DT/2/det",
            "truce/truce/NN/12/obl",
            "in/in/IN/4/case",
            "place/place/NN/2/nmod",
            ",/,/,/4/punct",
            "the/the/DT/7/det",
            "army/army/NN/4/appos",
            "and/and/CC/10/cc",
            "the/the/DT/10/det",
            "rebels/rebel/NNS/7/conj",
            "have/have/VBP/12/aux",
            "agreed/agree/VBN/-1/root",
            "to/to/TO/14/mark",
            "talk/talk/VB/12/xcomp");

    String arcs = Parses.arcs(ParseRepair.repair(misread));

    assertThat(arcs).contains("army:nsubj:12").contains("rebels:conj:7");
  }

  @Test
  void apposition_afterSubject_isLeftAsParsed() {
    // "Kenya's president, William Ruto, visited Uganda."
    ParsedSentence parsed =
        Parses.parse(
            "Kenya/Kenya/NNP/2/nmod:poss",
            "'s/'s/POS/0/case",
            "president/president/NN/7/nsubj",
            ",/,/,/5/punct",
            "William/William/NNP/5/compound",
            "Ruto/Ruto/NNP/2/appos",
            ",/,/,/5/punct",
            "visited/visit/VBD/-1/root",
            "Uganda/Uganda/NNP/7/obj");

    assertThat(ParseRepair.repair(parsed)).isSameAs(parsed);
  }

  @Test
  void reducedRelativeReadAsMainVerb_givesItsSubjectToTheDepVerb() {
    // "Nurses affiliated with the union stopped work."
    ParsedSentence misread =
        Parses.parse(
            "Nurses/nurse/NNS/1/nsubj",
            "affiliated/affiliate/VBN/-1/root",
            "with/with/IN/4/case",
            "the/the/DT/4/det",
            "union/union/NN/1/obl",
            "stopped/stop/VBD/1/dep",
            "work/work/NN/5/obj");

    assertThat(Parses.arcs(ParseRepair.repair(misread)))
        .isEqualTo(
            "Nurses:nsubj:5 affiliated:acl:0 with:case:4 the:det:4 union:obl:1"
                + " stopped:root:-1 work:obj:5");
  }

  @Test
  void participleCompoundReadAsClausalSubject_becomesModifierOfTheSubject() {
    // "Rebel held Goma has been trading gold with Uganda."
    ParsedSentence misread =
        Parses.parse(
            "Rebel/rebel/NNP/1/nsubj",
            "held/hold/VBD/5/csubj",
            "Goma/Goma/NNP/1/obj",
            "has/have/VBZ/5/aux",
            "been/be/VBN/5/aux",
            "trading/trade/VBG/-1/root",
            "gold/gold/NN/5/obj");

    assertThat(Parses.arcs(ParseRepair.repair(misread)))
        .isEqualTo(
            "Rebel:nsubj:1 held:amod:2 Goma:nsubj:5 has:aux:5 been:aux:5 trading:root:-1"
                + " gold:obj:5");
  }

  @Test
  void verbOfThinkingReadAsClausalSubject_isLeftAsParsed() {
    // "Kenya believes Uganda can cope."
    ParsedSentence parsed =
        Parses.parse(
            "Kenya/Kenya/NNP/1/nsubj",
            "believes/believe/VBZ/4/csubj",
            "Uganda/Uganda/NNP/1/obj",
            "can/can/MD/4/aux",
            "cope/cope/VB/-1/root");

    assertThat(ParseRepair.repair(parsed)).isSameAs(parsed);
  }

  @Test
  void gerundAfterVerbOfPhase_readAsAdjective_becomesTheGovernedClause() {
    // "Farmers began blocking roads."
    ParsedSentence misread =
        Parses.parse(
            "Farmers/farmer/NNS/1/nsubj",
            "began/begin/VBD/-1/root",
            "blocking/block/VBG/3/amod",
            "roads/road/NNS/1/obj");

    assertThat(Parses.arcs(ParseRepair.repair(misread)))
        .isEqualTo("Farmers:nsubj:1 began:root:-1 blocking:xcomp:1 roads:obj:2");
  }

  @Test
  void gerundAdjective_ofAnotherVerbsObject_isLeftAsParsed() {
    // "Japan visited developing countries": no verb of phase, the adjective stays.
    ParsedSentence parsed =
        Parses.parse(
            "Japan/Japan/NNP/1/nsubj",
            "visited/visit/VBD/-1/root",
            "developing/develop/VBG/3/amod",
            "countries/country/NNS/1/obj");

    assertThat(ParseRepair.repair(parsed)).isSameAs(parsed);
  }

  @Test
  void frontedPhraseReadAsRoot_givesTheRootToTheVerbAndItsSubjectBack() {
    // "With the help of Qatar, Ethiopia and Eritrea agreed to talk."
    ParsedSentence misread =
        Parses.parse(
            "With/with/IN/2/case",
            "the/the/DT/2/det",
            "help/help/NN/-1/root",
            "of/of/IN/4/case",
            "Qatar/Qatar/NNP/2/nmod",
            ",/,/,/4/punct",
            "Ethiopia/Ethiopia/NNP/4/conj",
            "and/and/CC/8/cc",
            "Eritrea/Eritrea/NNP/4/conj",
            "agreed/agree/VBD/2/acl",
            "to/to/TO/11/mark",
            "talk/talk/VB/9/xcomp");

    assertThat(Parses.arcs(ParseRepair.repair(misread)))
        .isEqualTo(
            "With:case:2 the:det:2 help:obl:9 of:case:4 Qatar:nmod:2 ,:punct:4"
                + " Ethiopia:nsubj:9 and:cc:8 Eritrea:conj:6 agreed:root:-1 to:mark:11"
                + " talk:xcomp:9");
  }
}
