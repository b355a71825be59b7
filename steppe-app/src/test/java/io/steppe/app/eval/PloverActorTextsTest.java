package io.steppe.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.actors.Gazetteer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The country part of the PLOVER records' actor texts, resolved by Steppe's dictionary. */
class PloverActorTextsTest {
  private static final Path FILE = EvalOptions.defaultData().resolve(PloverSet.FILE);

  @Test
  void actorTexts_ofPloverRecords_getTheRightCountryNineTimesInTen() {
    assumeTrue(Files.isRegularFile(FILE), "skipped: ../shared/data/peers/PLOVER is absent");
    List<PloverActorTexts.ActorText> texts = PloverActorTexts.read(FILE);
    PloverActorTexts.Result result =
        PloverActorTexts.score(
            texts, new ActorResolver(ActorDictionary.bundled(), Gazetteer.bundled()));
    System.out.println("PLOVER actor texts: country right " + result.right());
    result.misses().forEach(miss -> System.out.println("  " + miss));
    assertThat(texts).hasSizeGreaterThan(600);
    assertThat(result.right().ratio()).as(result.right().toString()).isGreaterThanOrEqualTo(0.9);
  }
}
