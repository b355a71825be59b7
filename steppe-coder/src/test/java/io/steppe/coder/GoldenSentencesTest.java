package io.steppe.coder;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.model.TsvLine;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.nlp.CoreNlpAnnotator;
import io.steppe.nlp.NlpConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden sentences written for Steppe, each with the exact events it must give, compared as {@code
 * SOURCE>TARGET:CAMEO:modality} strings in order. The file's header documents the format.
 */
class GoldenSentencesTest {
  // Annotated as the pipeline does, with the parse screen: a sentence the screen wrongly skipped
  // would lose its events here.
  private static final CoreNlpAnnotator ANNOTATOR =
      new CoreNlpAnnotator(
          NlpConfig.defaults(), new CodingScreen(Lexicon.bundled()), "the lexicon's screen");
  private static final EventCoder CODER =
      new EventCoder(Lexicon.bundled(), new ActorResolver(ActorDictionary.bundled()));

  @TestFactory
  Stream<DynamicTest> golden_sentences_giveExactlyTheirEvents() {
    List<TsvLine> lines = TsvLine.readResource(GoldenSentencesTest.class, "golden.tsv");
    return lines.stream()
        .map(
            line -> DynamicTest.dynamicTest(line.origin() + " " + line.cell(1), () -> check(line)));
  }

  private static void check(TsvLine line) {
    line.requireCells(2, 3);
    LocalDate date = LocalDate.parse(line.cell(0));
    AnnotatedDocument annotated =
        ANNOTATOR.annotate(new Document("golden", date, null, null, null, line.cell(1)));
    assertThat(compact(CODER.code(annotated))).as(line.origin()).isEqualTo(line.cell(2));
  }

  /** The events as the golden file writes them. */
  static String compact(List<Event> events) {
    List<String> parts = new ArrayList<>();
    for (Event event : events) {
      String source = event.source().isKnown() ? event.source().code() : "?";
      String target =
          event.target() == null ? "-" : event.target().isKnown() ? event.target().code() : "?";
      parts.add(source + ">" + target + ":" + event.cameo() + ":" + event.modality().word());
    }
    return String.join(" | ", parts);
  }
}
