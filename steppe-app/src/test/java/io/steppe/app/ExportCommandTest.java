package io.steppe.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.steppe.app.exchange.GdeltRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir Path folder;

  private Cli export(String format, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("export", "--format", format, "--out"));
    args.add(out.toString());
    args.add("--db");
    args.add(ExportFixtures.store(folder).toString());
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void csv_hasHeaderAndQuotesCommasAndQuotes() throws IOException {
    Path out = folder.resolve("events.csv");
    Cli cli = export("csv", out);

    assertThat(cli.exit()).as(cli.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("event_id,doc_id,sentence_index,sentence,");
    assertThat(lines.get(1))
        .startsWith("doc-a:0:0,doc-a,0,")
        .contains("\"Dushanbe said \"\"no, never\"\", condemning the Israeli strikes.\"");
  }

  @Test
  void csv_keepsOnlyTheFilteredEvents() throws IOException {
    Path out = folder.resolve("negated.csv");
    Cli cli = export("csv", out, "--modality", "negated", "--since", "2025-07-01");

    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(2).last().asString().startsWith("doc-b:1:0,");
  }

  @Test
  void parquet_writesOneFolderPerMonth_readBackWithTheSameRowCount() throws SQLException {
    Path out = folder.resolve("parquet");
    Cli cli = export("parquet", out);

    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(out.resolve("month=2025-06")).isDirectory();
    assertThat(out.resolve("month=2025-07")).isDirectory();
    String read =
        "SELECT count(*), count(DISTINCT month) FROM read_parquet('"
            + out
            + "/*/*.parquet', hive_partitioning = true)";
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement();
        ResultSet rows = statement.executeQuery(read)) {
      rows.next();
      assertThat(rows.getLong(1)).isEqualTo(3);
      assertThat(rows.getLong(2)).isEqualTo(2);
    }
  }

  @Test
  void parquet_pathWithAQuote_isRefused() {
    Cli cli = export("parquet", folder.resolve("it's"));

    assertThat(cli.exit()).isEqualTo(1);
    assertThat(cli.err()).contains("must not contain quotes");
  }

  @Test
  void plover_linesParseAndCarryThePloverType() throws IOException {
    Path out = folder.resolve("events.plover.jsonl");
    Cli cli = export("plover", out);

    assertThat(cli.exit()).as(cli.err()).isZero();
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      records.add(mapper.readTree(line));
    }
    assertThat(records).hasSize(3);
    JsonNode first = records.get(0);
    assertThat(first.get("id").asText()).isEqualTo("doc-a:0:0");
    assertThat(first.get("event_type").asText()).isEqualTo("ACCUSE");
    assertThat(first.get("actor1").asText()).isEqualTo("TJKGOV");
    assertThat(first.get("actor2_country").asText()).isEqualTo("ISR");
    assertThat(first.get("text").asText()).isEqualTo(ExportFixtures.QUOTED);
    assertThat(first.get("source_doc").asText()).isEqualTo("doc-a");
    assertThat(first.get("cameo").asText()).isEqualTo("111");
    assertThat(records.get(1).get("event_type").asText()).isEqualTo("CONSULT");
  }

  @Test
  void gdelt_has61ColumnsWithFipsPlacesAndIsoActors() throws IOException {
    Path out = folder.resolve("events.gdelt.tsv");
    Cli cli = export("gdelt", out);

    assertThat(cli.exit()).as(cli.err()).isZero();
    List<String[]> rows = Files.readAllLines(out).stream().map(l -> l.split("\t", -1)).toList();
    assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(61));
    String[] accuse = rows.get(0);
    assertThat(accuse[0]).isEqualTo(Long.toString(GdeltRows.globalEventId("doc-a:0:0")));
    assertThat(accuse[1]).isEqualTo("20250614");
    assertThat(accuse[7]).isEqualTo("TJK");
    assertThat(accuse[17]).isEqualTo("ISR");
    assertThat(accuse[26]).isEqualTo("111");
    assertThat(accuse[37]).isEqualTo("TI");
    assertThat(accuse[45]).isEqualTo("IS");
    assertThat(accuse[52]).isEqualTo("Tehran");
    assertThat(accuse[53]).isEqualTo("IR");
    assertThat(accuse[60]).isEqualTo("https://example.org/a?x=1");
    String[] consult = rows.get(1);
    assertThat(consult[5]).isEqualTo("KAZGOV");
    assertThat(consult[7]).isEqualTo("KAZ");
    assertThat(consult[17]).isEqualTo("IRN");
    assertThat(consult[37]).isEqualTo("KZ");
    assertThat(consult[45]).isEqualTo("IR");
    assertThat(consult[60]).isEqualTo("steppe:doc-b:0:0");
  }

  @Test
  void unknownFormat_isAUsageError() {
    Cli cli = export("xml", folder.resolve("events.xml"));

    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("--format must be one of");
  }
}
