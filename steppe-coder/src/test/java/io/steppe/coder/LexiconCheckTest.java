package io.steppe.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.model.CameoTable;
import io.steppe.model.DataFileException;
import io.steppe.model.TsvLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconCheckTest {
  private static List<TsvLine> lines(String file, String... rows) {
    List<TsvLine> lines = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      lines.add(new TsvLine(file, i + 1, List.of(rows[i].split("\t", -1))));
    }
    return lines;
  }

  @Test
  void check_duplicateAndShadowedPatterns_namedWithFileAndLine() {
    Lexicon lexicon =
        Lexicon.fromLines(
            lines(
                "verbs.tsv",
                "111\tcondemn {target}",
                "111\tcondemn {target}",
                "112\tcondemn {target}",
                "0256\tcall for restraint"),
            lines("nouns.tsv", "190\tattack on {target}"));
    List<String> problems = LexiconCheck.problems(lexicon, CameoTable.bundled());
    assertThat(problems)
        .contains(
            "verbs.tsv:2: 'condemn {target}' is duplicate of verbs.tsv:1 'condemn {target}' -> 111",
            "verbs.tsv:3: 'condemn {target}' is shadowed by (never wins over) verbs.tsv:1 'condemn {target}' -> 111");
    assertThat(problems).anyMatch(p -> p.startsWith("cameo.tsv: code 0871 "));
    assertThat(problems).noneMatch(p -> p.startsWith("cameo.tsv: code 111 "));
  }

  @Test
  void check_bundledLexicon_hasNoProblem() {
    assertThat(LexiconCheck.problems(Lexicon.bundled(), CameoTable.bundled())).isEmpty();
  }

  @Test
  void load_unknownCode_failsWithFileAndLine() {
    assertThatThrownBy(
            () -> Lexicon.fromLines(lines("verbs.tsv", "999\tcondemn {target}"), List.of()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("verbs.tsv:1")
        .hasMessageContaining("unknown CAMEO code '999'");
  }

  @Test
  void load_twoTargets_failsWithFileAndLine() {
    assertThatThrownBy(
            () ->
                Lexicon.fromLines(
                    lines("verbs.tsv", "111\tcondemn {target} with {target}"), List.of()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("verbs.tsv:1")
        .hasMessageContaining("at most one {target}");
  }
}
