package io.steppe.coder;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.DataFileException;
import io.steppe.model.TsvLine;
import io.steppe.model.fuzz.Fuzz;
import io.steppe.model.fuzz.Gen;
import io.steppe.model.fuzz.Mutations;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lexicon reader under near-valid lines (bundled verb and noun patterns with small edits): it
 * reads, or fails with a {@link DataFileException} naming the file and line.
 */
class LexiconFuzzTest {

  /** The verb and noun lines of one try. */
  private record Files(List<String> verbs, List<String> nouns) {}

  @Test
  void fromLines_nearValidPatterns_readOrNameFileAndLine() {
    Gen<List<String>> verbs =
        Mutations.lines(Mutations.resourceLines(Lexicon.class, "verbs.tsv"), 15);
    Gen<List<String>> nouns =
        Mutations.lines(Mutations.resourceLines(Lexicon.class, "nouns.tsv"), 10);
    Fuzz.check(
        300,
        random -> new Files(verbs.draw(random), nouns.draw(random)),
        LexiconFuzzTest::readOrNameFileAndLine);
  }

  private static boolean readOrNameFileAndLine(Files files) {
    List<TsvLine> verbLines = tsv("verbs.tsv", files.verbs());
    List<TsvLine> nounLines = tsv("nouns.tsv", files.nouns());
    try {
      Lexicon lexicon = Lexicon.fromLines(verbLines, nounLines);
      assertThat(lexicon.size()).isEqualTo(verbLines.size() + nounLines.size());
      return true;
    } catch (DataFileException e) {
      assertThat(e.getMessage()).matches("(?s)(verbs|nouns)\\.tsv:[1-9][0-9]*: .+");
      return false;
    }
  }

  private static List<TsvLine> tsv(String file, List<String> text) {
    List<TsvLine> lines = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(new TsvLine(file, i + 1, List.of(line.split("\t", -1))));
      }
    }
    return lines;
  }
}
