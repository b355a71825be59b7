package io.steppe.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.DataFileException;
import io.steppe.model.TsvLine;
import io.steppe.model.fuzz.Mutations;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The actor dictionary, region and border readers under near-valid lines (bundled lines with small
 * edits): each reads, or fails with a {@link DataFileException} naming the file and line.
 */
class DictionaryFuzzTest {

  @Property(tries = 250)
  void dictionary_nearValidFile_readsOrNamesFileAndLine(
      @ForAll("dictionaryFiles") Tuple2<String, List<String>> file) {
    check(
        file.get1(),
        file.get2(),
        lines -> {
          DictionaryBuilder builder = new DictionaryBuilder();
          builder.add(file.get1(), lines);
          builder.finish();
          assertThat(new ActorDictionary(builder).size()).isNotNegative();
        });
  }

  @Property(tries = 100)
  void regions_nearValidFile_readsOrNamesFileAndLine(@ForAll("regions") List<String> text) {
    check("regions.tsv", text, lines -> assertThat(new Regions(lines).all()).isNotNull());
  }

  @Property(tries = 100)
  void borders_nearValidFile_readsOrNamesFileAndLine(@ForAll("borders") List<String> text) {
    check(
        "borders.tsv",
        text,
        lines -> {
          Borders borders = new Borders(lines);
          assertThat(lines).allSatisfy(line -> assertThat(borders.covers(line.cell(0))).isTrue());
        });
  }

  /** Runs {@code reader} on the text as TsvLine would give it; only DataFileException may leave. */
  private static void check(String file, List<String> text, Consumer<List<TsvLine>> reader) {
    List<TsvLine> lines = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(new TsvLine(file, i + 1, List.of(line.split("\t", -1))));
      }
    }
    try {
      reader.accept(lines);
      Mutations.outcome(true);
    } catch (DataFileException e) {
      Mutations.outcome(false);
      assertThat(e.getMessage()).startsWith(file + ":" + e.line() + ": ");
      assertThat(e.line()).isPositive();
    }
  }

  @Provide
  Arbitrary<Tuple2<String, List<String>>> dictionaryFiles() {
    return Arbitraries.of(ActorDictionary.FILES)
        .flatMap(
            file ->
                Mutations.lines(Mutations.resourceLines(ActorDictionary.class, file), 20)
                    .map(lines -> Tuple.of(file, lines)));
  }

  @Provide
  Arbitrary<List<String>> regions() {
    return Mutations.lines(Mutations.resourceLines(ActorDictionary.class, "regions.tsv"), 12);
  }

  @Provide
  Arbitrary<List<String>> borders() {
    return Mutations.lines(Mutations.resourceLines(ActorDictionary.class, "borders.tsv"), 20);
  }
}
