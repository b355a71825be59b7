package io.steppe.coder;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.DataFileException;
import io.steppe.model.TsvLine;
import io.steppe.model.fuzz.Mutations;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The lexicon reader under near-valid lines (bundled verb and noun patterns with small edits): it
 * reads, or fails with a {@link DataFileException} naming the file and line.
 */
class LexiconFuzzTest {

  @Property(tries = 300)
  void fromLines_nearValidPatterns_readOrNameFileAndLine(
      @ForAll("verbs") List<String> verbs, @ForAll("nouns") List<String> nouns) {
    List<TsvLine> verbLines = tsv("verbs.tsv", verbs);
    List<TsvLine> nounLines = tsv("nouns.tsv", nouns);
    try {
      Lexicon lexicon = Lexicon.fromLines(verbLines, nounLines);
      assertThat(lexicon.size()).isEqualTo(verbLines.size() + nounLines.size());
      Mutations.outcome(true);
    } catch (DataFileException e) {
      Mutations.outcome(false);
      assertThat(e.getMessage()).matches("(?s)(verbs|nouns)\\.tsv:[1-9][0-9]*: .+");
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

  @Provide
  Arbitrary<List<String>> verbs() {
    return Mutations.lines(Mutations.resourceLines(Lexicon.class, "verbs.tsv"), 15);
  }

  @Provide
  Arbitrary<List<String>> nouns() {
    return Mutations.lines(Mutations.resourceLines(Lexicon.class, "nouns.tsv"), 10);
  }
}
