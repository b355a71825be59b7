package io.steppe.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.DataFileException;
import io.steppe.model.TsvLine;
import io.steppe.model.fuzz.Fuzz;
import io.steppe.model.fuzz.Gen;
import io.steppe.model.fuzz.Mutations;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The actor dictionary, region and border readers under near-valid lines (bundled lines with small
 * edits): each reads, or fails with a {@link DataFileException} naming the file and line.
 */
class DictionaryFuzzTest {

  /** One bundled file's name and near-valid lines. */
  private record File(String name, List<String> lines) {}

  @Test
  void dictionary_nearValidFile_readsOrNamesFileAndLine() {
    List<Gen<File>> files = new ArrayList<>();
    for (String name : ActorDictionary.FILES) {
      Gen<List<String>> lines = nearValid(name, 20);
      files.add(random -> new File(name, lines.draw(random)));
    }
    Fuzz.check(
        250,
        random -> files.get(random.nextInt(files.size())).draw(random),
        file ->
            readsOrNamesFileAndLine(
                file.name(),
                file.lines(),
                lines -> {
                  DictionaryBuilder builder = new DictionaryBuilder();
                  builder.add(file.name(), lines);
                  builder.finish();
                  assertThat(new ActorDictionary(builder).size()).isNotNegative();
                }));
  }

  @Test
  void regions_nearValidFile_readsOrNamesFileAndLine() {
    Fuzz.check(
        100,
        nearValid("regions.tsv", 12),
        text ->
            readsOrNamesFileAndLine(
                "regions.tsv", text, lines -> assertThat(new Regions(lines).all()).isNotNull()));
  }

  @Test
  void borders_nearValidFile_readsOrNamesFileAndLine() {
    Fuzz.check(
        100,
        nearValid("borders.tsv", 20),
        text ->
            readsOrNamesFileAndLine(
                "borders.tsv",
                text,
                lines -> {
                  Borders borders = new Borders(lines);
                  assertThat(lines)
                      .allSatisfy(line -> assertThat(borders.covers(line.cell(0))).isTrue());
                }));
  }

  /**
   * Runs {@code reader} on the text as TsvLine would give it; only DataFileException may leave.
   * Whether it read.
   */
  private static boolean readsOrNamesFileAndLine(
      String file, List<String> text, Consumer<List<TsvLine>> reader) {
    List<TsvLine> lines = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(new TsvLine(file, i + 1, List.of(line.split("\t", -1))));
      }
    }
    try {
      reader.accept(lines);
      return true;
    } catch (DataFileException e) {
      assertThat(e.getMessage()).startsWith(file + ":" + e.line() + ": ");
      assertThat(e.line()).isPositive();
      return false;
    }
  }

  private static Gen<List<String>> nearValid(String file, int maxLines) {
    return Mutations.lines(Mutations.resourceLines(ActorDictionary.class, file), maxLines);
  }
}
