package io.steppe.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.app.eval.ValidationRecords.Expected;
import io.steppe.app.eval.ValidationRecords.ValidationRecord;
import io.steppe.model.Actor;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers of the evaluation files, on small inputs written for these tests. */
class EvalReadersTest {
  @TempDir Path dir;

  @Test
  void csv_quotedCells_keepCommasQuotesAndNewlines() {
    List<List<String>> rows = Csv.parse("a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\n");
    assertThat(rows).containsExactly(List.of("a", "b"), List.of("x, \"y\"", "two\nlines"));
  }

  @Test
  void codebookText_doublyDecodedQuotes_areRepaired() throws IOException {
    String original = "Zembla\u2019s envoy said \u201cno\u201d.";
    byte[] macRoman =
        new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"))
            .getBytes(Charset.forName("windows-1252"));
    Path file = Files.write(dir.resolve("codes.csv"), macRoman);
    assertThat(CodebookSet.text(file)).isEqualTo(original);
  }

  @Test
  void codebook_rowsWithoutExample_areLeftOut() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("codes.csv"),
            "\"\",\"code\",\"example\",\"root_code\"\n"
                + "\"1\",\"01\",NA,\"01\"\n"
                + "\"2\",\"0231\",\"Zembla asked Karpath for loans.\",\"02\"\n");
    assertThat(CodebookSet.read(file, 0))
        .containsExactly(new CodebookSet.Example("0231", "02", "Zembla asked Karpath for loans."));
  }

  @Test
  void validationRecords_readDespiteCommentsAndPseudoElements() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("records.xml"),
            "<Validation><!-- header with <Sentence evaluate=\"true\"> inside --> <Sentences>\n"
                + "<Sentence id=\"Z-1\" category=\"DEMO\" date=\"19990102\" evaluate=\"true\">\n"
                + "<!-- a -- note -->\n"
                + "<EventCoding eventcode=\"111\" sourcecode=\"ZEM\" targetcode=\"---\" />\n"
                + "<PLEvent {\"event\": \"111\"}>\n"
                + "<Text>\nZembla   condemned\nthe raid.\n</Text>\n</Sentence>\n"
                + "<Sentence id=\"Z-2\" evaluate=\"false\"><Text>x</Text></Sentence>\n"
                + "<Sentence id=\"Z-3\" evaluate=\"true\"><EventCoding noevents=\"True\" />"
                + "<Text>None.</Text></Sentence>\n</Sentences></Validation>\n");
    List<ValidationRecord> records = ValidationRecords.read(file, 0);
    assertThat(records).hasSize(2);
    assertThat(records.get(0).date()).isEqualTo(LocalDate.of(1999, 1, 2));
    assertThat(records.get(0).text()).isEqualTo("Zembla condemned the raid.");
    assertThat(records.get(0).expected()).containsExactly(new Expected("111", "ZEM", null));
    assertThat(records.get(1).expected()).isEmpty();
  }

  @Test
  void ploverMapping_exactModeWinsOverAnyMode() {
    PloverMapping mapping = PloverMapping.bundled();
    assertThat(mapping.type("DEMAND", null)).isEqualTo("REQUEST");
    assertThat(mapping.type("COERCE", "destroy")).isEqualTo("ASSAULT");
    assertThat(mapping.type("COERCE", "ban")).isEqualTo("COERCE");
    assertThat(mapping.type("NO_SUCH_CATEGORY", null)).isNull();
  }

  @Test
  void actorMatch_comparesCountryOrOrganisationOnly() {
    Actor government = Actor.of("USA", "GOV", null, "Washington");
    Actor agency = new Actor("IAEA", null, null, "IAEA", "the agency");
    Actor charity = new Actor("MSF", null, "NGO", "MSF", "MSF");
    assertThat(ActorMatch.matches("USA", government)).isTrue();
    assertThat(ActorMatch.matches("GBR", government)).isFalse();
    assertThat(ActorMatch.matches("IGO", agency)).isTrue();
    assertThat(ActorMatch.matches("IGO", charity)).isFalse();
    assertThat(ActorMatch.matches("NGO", charity)).isTrue();
    assertThat(ActorMatch.anyMatches(List.of("USA"), null)).isFalse();
  }
}
