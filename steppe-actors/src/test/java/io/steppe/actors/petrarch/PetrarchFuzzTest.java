package io.steppe.actors.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.actors.petrarch.PetrarchActors.Source;
import io.steppe.model.SteppeException;
import io.steppe.model.fuzz.Mutations;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The TABARI/PETRARCH actor and agent readers under near-valid lines: each file reads (what cannot
 * be used is tallied), or fails with a message naming the file and line.
 */
class PetrarchFuzzTest {

  @Property(tries = 250)
  void parse_nearValidDictionaries_readOrNameFileAndLine(
      @ForAll("actors") List<String> actors, @ForAll("agents") List<String> agents) {
    try {
      PetrarchActors.Reading reading =
          PetrarchActors.parse(
              List.of(new Source("fuzz.actors", actors)),
              List.of(new Source("fuzz.agents", agents)));
      assertThat(reading.dictionary().size()).isNotNegative();
      // The reader is lenient: a line it cannot use is tallied as skipped, not thrown.
      Mutations.outcome(reading.tally().skipped() == 0);
    } catch (SteppeException e) {
      Mutations.outcome(false);
      assertThat(e.getMessage()).matches("(?s)fuzz\\.(actors|agents):[1-9][0-9]*: .+");
    }
  }

  @Provide
  Arbitrary<List<String>> actors() {
    return Mutations.lines(PetrarchActorsTest.ACTORS, 15);
  }

  @Provide
  Arbitrary<List<String>> agents() {
    return Mutations.lines(PetrarchActorsTest.AGENTS, 10);
  }
}
