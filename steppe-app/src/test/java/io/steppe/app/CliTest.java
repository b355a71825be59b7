package io.steppe.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command's happy path and its error for a missing file, on a small corpus. */
class CliTest {
  static final Path RESOURCES = Path.of("src/test/resources");
  static final Path CORPUS = RESOURCES.resolve("corpus");

  @TempDir static Path dir;
  static String db;
  static Cli ingest;

  @BeforeAll
  static void ingestCorpus() {
    db = dir.resolve("store.duckdb").toString();
    ingest = Cli.run("ingest", "--db", db, CORPUS.toString());
  }

  @Test
  void ingest_corpus_storesOriginalsAndLinksDuplicates() {
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("4 documents stored, 2 duplicates linked, 0 already stored");
    Cli duplicates =
        Cli.run(
            "sql", "--db", db, "SELECT doc_id, original_id, kind FROM duplicates ORDER BY doc_id");
    assertThat(duplicates.out())
        .contains("c-astana-joins-copy")
        .contains("near")
        .contains("d-exact-copy")
        .contains("exact");
  }

  @Test
  void ingest_again_addsNothing() {
    Cli again = Cli.run("ingest", "--db", db, CORPUS.toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("0 documents stored, 0 duplicates linked, 6 already stored");
  }

  @Test
  void ingest_missingFile_isUsageError() {
    Cli result = Cli.run("ingest", "--db", db, "no/such/folder");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("no such file or directory: no/such/folder");
  }

  @Test
  void events_json_givesContractLinesForTheFilter() throws IOException {
    Cli result = Cli.run("events", "--db", db, "--source", "TJK", "--root", "11", "--json");
    assertThat(result.exit()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).isNotEmpty();
    JsonNode event = new ObjectMapper().readTree(lines.get(0));
    assertThat(event.get("source").get("country").asText()).isEqualTo("TJK");
    assertThat(event.get("cameo_root").asText()).isEqualTo("11");
    assertThat(event.get("target").get("country").asText()).isEqualTo("ISR");
    assertThat(event.get("date").asText()).isEqualTo("2025-06-13");
  }

  @Test
  void events_table_listsEventsWithCount() {
    Cli result = Cli.run("events", "--db", db, "--modality", "negated");
    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("KGZ").contains("negated").containsPattern("\\d+ events");
  }

  @Test
  void events_missingStoreDirectoryOption_isUsageError() {
    Cli result = Cli.run("events", "--db");
    assertThat(result.exit()).isEqualTo(2);
  }

  @Test
  void reactions_json_givesOneRowPerActorWithStance() throws IOException {
    Cli result =
        Cli.run(
            "reactions",
            "--db",
            db,
            "--against",
            "ISR,USA",
            "--actors",
            "central-asia",
            "--since",
            "2025-06-13",
            "--until",
            "2025-07-31",
            "--json");
    assertThat(result.exit()).as(result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(5);
    JsonNode tajikistan = new ObjectMapper().readTree(lines.get(2));
    assertThat(tajikistan.get("actor").asText()).isEqualTo("TJK");
    assertThat(tajikistan.get("stance").asText()).isEqualTo("condemned/criticised");
    assertThat(tajikistan.get("evidence").get(0).get("sentence").asText()).contains("Tajikistan");
    JsonNode turkmenistan = new ObjectMapper().readTree(lines.get(3));
    assertThat(turkmenistan.get("stance").asText()).isEqualTo("no statement found");
  }

  @Test
  void reactions_unknownRegion_isAClearError() {
    Cli result = Cli.run("reactions", "--db", db, "--against", "ISR", "--actors", "atlantis!");
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).contains("unknown actor or region 'atlantis!'");
  }

  @Test
  void dyad_byMonth_printsBothDirections() {
    Cli result = Cli.run("dyad", "--db", db, "KAZ", "ABR", "--by", "month");
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("2025-11-01 KAZ   ABR").containsPattern("\\d+ periods");
  }

  @Test
  void claims_unknownActorCode_isAClearError() {
    Cli result = Cli.run("claims", "--db", db, "--about", "K4Z");
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).contains("2 to 12 letters");
  }

  @Test
  void events_countryCodes_areIsoAlpha3FromTheDictionary() {
    Cli result =
        Cli.run(
            "sql",
            "--db",
            db,
            "SELECT DISTINCT c FROM (SELECT source_country AS c FROM events UNION ALL"
                + " SELECT target_country FROM events) WHERE c IS NOT NULL ORDER BY c");
    assertThat(result.exit()).isZero();
    List<String> codes =
        result.out().lines().skip(2).filter(l -> !l.startsWith("(")).map(String::strip).toList();
    assertThat(codes).isNotEmpty();
    io.steppe.actors.ActorDictionary dictionary = io.steppe.actors.ActorDictionary.bundled();
    assertThat(codes).allSatisfy(code -> assertThat(dictionary.isCountry(code)).as(code).isTrue());
  }

  @Test
  void sql_select_printsTable() {
    Cli result = Cli.run("sql", "--db", db, "SELECT count(*) AS n FROM documents");
    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("n").contains("4");
  }

  @Test
  void sql_write_isRefused() {
    Cli result = Cli.run("sql", "--db", db, "DELETE FROM events");
    assertThat(result.exit()).isEqualTo(1);
    assertThat(Cli.run("sql", "--db", db, "SELECT count(*) AS n FROM documents").out())
        .contains("4");
  }

  @Test
  void code_sameInput_givesSameBytes() throws IOException {
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");
    Path docs = RESOURCES.resolve("docs.jsonl");
    assertThat(Cli.run("code", "--in", docs.toString(), "--out", first.toString()).exit()).isZero();
    assertThat(Cli.run("code", "--in", docs.toString(), "--out", second.toString()).exit())
        .isZero();
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    List<String> lines = Files.readAllLines(first);
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      JsonNode event = new ObjectMapper().readTree(line);
      assertThat(event.fieldNames())
          .toIterable()
          .contains(
              "event_id",
              "doc_id",
              "sentence_index",
              "sentence",
              "span",
              "date",
              "source",
              "target",
              "cameo",
              "cameo_root",
              "plover",
              "quad_class",
              "goldstein",
              "modality",
              "attribution",
              "location",
              "confidence",
              "why");
    }
  }

  @Test
  void code_missingFile_isUsageError() {
    Cli result =
        Cli.run("code", "--in", "missing.jsonl", "--out", dir.resolve("x.jsonl").toString());
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("missing.jsonl");
  }

  @Test
  void code_badLine_isReportedWithLineNumberAndOthersCoded() throws IOException {
    Path docs = dir.resolve("bad.jsonl");
    Files.writeString(
        docs, "{\"id\": \"x\", \"text\": \"Tajikistan condemned Israel.\"}\nnot json\n");
    Path out = dir.resolve("bad-out.jsonl");
    Cli result = Cli.run("code", "--in", docs.toString(), "--out", out.toString());
    assertThat(result.exit()).isEqualTo(Steppe.EXIT_REJECTS);
    assertThat(result.err()).contains("bad.jsonl:2");
    assertThat(Files.readString(out)).contains("\"doc_id\":\"x\"");
  }

  @Test
  void demo_samplesFolder_printsReactionTable() {
    Cli result =
        Cli.run(
            "demo", "--db", dir.resolve("demo.duckdb").toString(), "--samples", CORPUS.toString());
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("Busiest dyads").contains("Reactions toward ISR, USA");
    assertThat(result.out()).containsPattern("TJK\\s+condemned/criticised");
    assertThat(result.out()).containsPattern("TKM\\s+no statement found");
  }

  @Test
  void demo_missingSamples_isUsageOrFailure() {
    Cli result =
        Cli.run("demo", "--db", dir.resolve("none.duckdb").toString(), "--samples", "no/samples");
    assertThat(result.exit()).isNotZero();
    assertThat(result.err()).contains("no/samples");
  }

  @Test
  void bench_corpus_printsRatesAndMemory() {
    Cli result = Cli.run("bench", CORPUS.resolve("a-dushanbe-condemns.txt").toString());
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("annotation, every sentence parsed:")
        .contains("annotation with the parse screen")
        .contains("whole pipeline (screen, code, store; warmed up on 40 documents):")
        .contains("pipeline / annotation:")
        .containsPattern("parse screen: \\d+ of \\d+ sentences parsed")
        .containsPattern("screen check: \\d+ events .* 0 lost, 0 added; claims 0 lost, 0 added")
        .containsPattern("peak heap: \\d+ MB in use at once .* live heap after the run: \\d+ MB")
        .contains("cores");
  }

  @Test
  void bench_missingFile_isUsageError() {
    Cli result = Cli.run("bench", "no/such.txt");
    assertThat(result.exit()).isEqualTo(2);
  }
}
