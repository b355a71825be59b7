package io.steppe.coder.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.actors.petrarch.TabariLines.Line;
import io.steppe.coder.petrarch.PatternTranslator.Translation;
import io.steppe.coder.petrarch.VerbFile.Verb;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PETRARCH pattern lines, written for these tests, and the Steppe patterns they become. */
class PatternTranslatorTest {
  private static final Verb MEND = new Verb("mend", List.of(), null, new Line("t", 1, "MEND"));

  private static Translation translate(String pattern) {
    return PatternTranslator.translate(MEND, Synsets.tokens(pattern));
  }

  @Test
  void translate_preposition_alone_placesTheTarget() {
    assertThat(translate("* (WITH)").patterns()).containsExactly("mend with {target}");
  }

  @Test
  void translate_skippedPhrase_doesNotPlaceTheTarget_theMarkedOneDoes() {
    assertThat(translate("* FENCES (AT ^) (WITH +)").patterns())
        .containsExactly("mend fence at with {target}");
  }

  @Test
  void translate_explicitTarget_afterPreposition() {
    assertThat(translate("* FENCES ALONG + ").patterns())
        .containsExactly("mend fence along {target}");
  }

  @Test
  void translate_objectNoun_triesObjectAndEveryTargetPreposition() {
    List<String> patterns = translate("* {OLD FENCES}").patterns();
    assertThat(patterns).startsWith("mend old fence {target}", "mend old fence with {target}");
    assertThat(patterns).hasSize(1 + PatternTranslator.AFTER_WORDS.size());
  }

  @Test
  void translate_verbAlone_usesTheShortPrepositionList() {
    List<String> patterns = translate("*").patterns();
    assertThat(patterns).contains("mend {target}", "mend with {target}");
    assertThat(patterns).doesNotContain("mend to {target}");
  }

  @Test
  void translate_sourceAfterVerb_orTargetBeforeIt_isSkipped() {
    assertThat(translate("* (FROM $)").skipped()).isEqualTo("source after the verb");
    assertThat(translate("+ * ROOF").skipped()).isEqualTo("target before the verb");
    assertThat(translate("ROOF").skipped()).isEqualTo("pattern without the verb marker *");
  }

  @Test
  void translate_wordsBeforeTheVerb_areRequiredToo() {
    assertThat(translate("$ QUIETLY * (ON)").patterns())
        .containsExactly("mend quietly on {target}");
  }

  @Test
  void synsets_expandEveryMember_andNestedSets() {
    Synsets synsets =
        new Synsets(
            java.util.Map.of(
                "&TOOL", List.of("HAMMER", "&GLUE"), "&GLUE", List.of("WOOD_GLUE", "PASTE")));
    assertThat(synsets.expand(Synsets.tokens("* (WITH &TOOL)")))
        .containsExactly(
            List.of("*", "(", "WITH", "HAMMER", ")"),
            List.of("*", "(", "WITH", "WOOD_GLUE", ")"),
            List.of("*", "(", "WITH", "PASTE", ")"));
    assertThat(synsets.expand(Synsets.tokens("* &NOSUCHSET"))).isNull();
  }
}
