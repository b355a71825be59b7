package io.steppe.actors.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.actors.petrarch.PetrarchActors.Source;
import io.steppe.model.SteppeException;
import io.steppe.model.fuzz.Fuzz;
import io.steppe.model.fuzz.Gen;
import io.steppe.model.fuzz.Mutations;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TABARI/PETRARCH actor and agent readers under near-valid lines: each file reads (what cannot
 * be used is tallied), or fails with a message naming the file and line.
 */
class PetrarchFuzzTest {

  /** The actor and agent lines of one try. */
  private record Files(List<String> actors, List<String> agents) {}

  @Test
  void parse_nearValidDictionaries_readOrNameFileAndLine() {
    Gen<List<String>> actors = Mutations.lines(PetrarchActorsTest.ACTORS, 15);
    Gen<List<String>> agents = Mutations.lines(PetrarchActorsTest.AGENTS, 10);
    Fuzz.check(
        250,
        random -> new Files(actors.draw(random), agents.draw(random)),
        PetrarchFuzzTest::readOrNameFileAndLine);
  }

  private static boolean readOrNameFileAndLine(Files files) {
    try {
      PetrarchActors.Reading reading =
          PetrarchActors.parse(
              List.of(new Source("fuzz.actors", files.actors())),
              List.of(new Source("fuzz.agents", files.agents())));
      assertThat(reading.dictionary().size()).isNotNegative();
      // The reader is lenient: a line it cannot use is tallied as skipped, not thrown.
      return reading.tally().skipped() == 0;
    } catch (SteppeException e) {
      assertThat(e.getMessage()).matches("(?s)fuzz\\.(actors|agents):[1-9][0-9]*: .+");
      return false;
    }
  }
}
