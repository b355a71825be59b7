package io.steppe.coder;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.model.Event;
import io.steppe.model.TsvLine;
import io.steppe.nlp.CoreNlpAnnotator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event locations on sentences written for Steppe that name a place (locations.tsv). */
class LocationGoldenTest {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
  private static final EventCoder CODER =
      new EventCoder(Lexicon.bundled(), new ActorResolver(ActorDictionary.bundled()));

  @Test
  void locations_ofPlaceNamingSentences_areRightNineTimesInTen() {
    List<LocationGolden.Example> examples =
        LocationGolden.read(TsvLine.readResource(LocationGoldenTest.class, "locations.tsv"));
    List<List<Event>> events = new ArrayList<>();
    for (LocationGolden.Example example : examples) {
      events.add(CODER.code(ANNOTATOR.annotate(example.document())));
    }
    LocationGolden.Result result = LocationGolden.score(examples, events);
    System.out.println(
        "locations right: " + result.figure() + " of the events of sentences naming a place");
    result.misses().forEach(miss -> System.out.println("  " + miss));
    assertThat(examples).hasSizeGreaterThanOrEqualTo(60);
    assertThat(result.placed()).as("events coded from place-naming sentences").isGreaterThan(50);
    assertThat(result.share()).as(result.figure()).isGreaterThanOrEqualTo(0.9);
    assertThat(result.spurious())
        .as("events given a location though their sentence names no place")
        .isZero();
  }
}
