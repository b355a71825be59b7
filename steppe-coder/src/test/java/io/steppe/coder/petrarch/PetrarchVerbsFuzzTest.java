package io.steppe.coder.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.SteppeException;
import io.steppe.model.fuzz.Mutations;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The PETRARCH verb dictionary and discard list readers under near-valid lines: each file reads
 * (what cannot be translated is tallied), or fails with a message naming the file and line.
 */
class PetrarchVerbsFuzzTest {

  @Property(tries = 300)
  void parse_nearValidVerbDictionary_readsOrNamesFileAndLine(@ForAll("verbs") List<String> verbs) {
    try {
      PetrarchVerbs.Reading reading = PetrarchVerbs.parse("fuzz.verbs", verbs);
      assertThat(reading.lexicon().size()).isNotNegative();
      // The reader is lenient: a line it cannot use is tallied as skipped, not thrown.
      Mutations.outcome(reading.tally().skipped() == 0);
    } catch (SteppeException e) {
      Mutations.outcome(false);
      assertThat(e.getMessage()).matches("(?s)fuzz\\.verbs:[1-9][0-9]*: .+");
    }
  }

  @Property(tries = 100)
  void parse_nearValidDiscardList_readsEveryPhrase(@ForAll("verbs") List<String> lines) {
    DiscardList list = DiscardList.parse("fuzz.discard", lines);

    assertThat(list.size()).isLessThanOrEqualTo(lines.size());
  }

  @Provide
  Arbitrary<List<String>> verbs() {
    return Mutations.lines(PetrarchVerbsTest.VERBS, 25);
  }
}
