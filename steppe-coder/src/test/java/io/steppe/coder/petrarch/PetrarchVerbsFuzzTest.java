package io.steppe.coder.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.SteppeException;
import io.steppe.model.fuzz.Fuzz;
import io.steppe.model.fuzz.Gen;
import io.steppe.model.fuzz.Mutations;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PETRARCH verb dictionary and discard list readers under near-valid lines: each file reads
 * (what cannot be translated is tallied), or fails with a message naming the file and line.
 */
class PetrarchVerbsFuzzTest {

  private static final Gen<List<String>> VERBS = Mutations.lines(PetrarchVerbsTest.VERBS, 25);

  @Test
  void parse_nearValidVerbDictionary_readsOrNamesFileAndLine() {
    Fuzz.check(
        300,
        VERBS,
        verbs -> {
          try {
            PetrarchVerbs.Reading reading = PetrarchVerbs.parse("fuzz.verbs", verbs);
            assertThat(reading.lexicon().size()).isNotNegative();
            // The reader is lenient: a line it cannot use is tallied as skipped, not thrown.
            return reading.tally().skipped() == 0;
          } catch (SteppeException e) {
            assertThat(e.getMessage()).matches("(?s)fuzz\\.verbs:[1-9][0-9]*: .+");
            return false;
          }
        });
  }

  @Test
  void parse_nearValidDiscardList_readsEveryPhrase() {
    Fuzz.each(
        100,
        VERBS,
        lines -> {
          DiscardList list = DiscardList.parse("fuzz.discard", lines);
          assertThat(list.size()).isLessThanOrEqualTo(lines.size());
          return true;
        });
  }
}
