package io.steppe.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.steppe.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steppe actors check|resolve|unknown}. */
class ActorsCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void check_bundled_reportsNoIssueAndCounts() {
    Cli result = Cli.run("actors", "check");
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .containsPattern("\\d+ names, \\d+ people, \\d+ organisations: 0 issues");
  }

  @Test
  void check_userFileWithUnknownCountry_printsFileLineAndFails() throws IOException {
    Path actors = Files.createDirectories(dir.resolve("actors"));
    Files.writeString(actors.resolve("seats.tsv"), "# seats\nthe Blue Palace\tXYZGOV\n");
    Cli result = Cli.run("actors", "check", "--actors", actors.toString());
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out())
        .contains(actors.resolve("seats.tsv") + ":2: unknown country code XYZ")
        .contains(": 1 issue");
  }

  @Test
  void resolve_text_printsActorForTheDate() throws IOException {
    JsonNode during = json(Cli.run("actors", "resolve", "--date", "2025-06-22", "Donald Trump"));
    JsonNode after = json(Cli.run("actors", "resolve", "--date", "2022-05-01", "Donald Trump"));
    assertThat(during.get("code").asText()).isEqualTo("USAGOV");
    assertThat(after.get("code").asText()).isEqualTo("USA");
    assertThat(after.get("sector").isNull()).isTrue();
  }

  @Test
  void resolve_unknownText_hasNullCode() throws IOException {
    JsonNode actor = json(Cli.run("actors", "resolve", "--date", "2025-06-22", "the parties"));
    assertThat(actor.get("code").isNull()).isTrue();
    assertThat(actor.get("text").asText()).isEqualTo("the parties");
  }

  @Test
  void resolve_userOverride_winsOverBundledName() throws IOException {
    Path actors = Files.createDirectories(dir.resolve("override"));
    Files.writeString(actors.resolve("seats.tsv"), "the Kremlin\tRUSMIL\n");
    Cli result =
        Cli.run(
            "actors",
            "resolve",
            "--actors",
            actors.toString(),
            "--date",
            "2025-06-22",
            "the Kremlin");
    assertThat(json(result).get("code").asText()).isEqualTo("RUSMIL");
  }

  @Test
  void resolve_file_writesOneLinePerGoodLineAndReportsBadOnes() throws IOException {
    Path in = dir.resolve("names.jsonl");
    Path out = dir.resolve("out/resolved.jsonl");
    Files.writeString(
        in,
        String.join(
            "\n",
            "{\"id\":\"a\",\"text\":\"Araghchi\",\"date\":\"2025-06-20\"}",
            "not json",
            "{\"id\":\"b\",\"text\":\"the parties\",\"date\":\"2025-06-20\"}",
            "{\"id\":\"c\",\"text\":\"Astana\",\"date\":\"14 June\"}",
            "{\"text\":\"Astana\"}",
            ""));
    Cli result = Cli.run("actors", "resolve", "--in", in.toString(), "--out", out.toString());
    assertThat(result.exit()).isEqualTo(Steppe.EXIT_REJECTS);
    assertThat(result.err())
        .contains(in + ":2: not valid JSON")
        .contains(in + ":4: \"date\" must be YYYY-MM-DD, found '14 June'")
        .contains(in + ":5: missing \"id\"");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines)
        .containsExactly(
            "{\"id\":\"a\",\"actor\":{\"code\":\"IRNGOV\",\"country\":\"IRN\",\"sector\":\"GOV\","
                + "\"org\":null,\"text\":\"Araghchi\"}}",
            "{\"id\":\"b\",\"actor\":null}");
  }

  @Test
  void resolve_neitherTextNorFile_isUsageError() {
    assertThat(Cli.run("actors", "resolve").exit()).isEqualTo(2);
  }

  @Test
  void unknown_store_listsUnresolvedTextsMostFrequentFirst() throws SQLException {
    Path db = dir.resolve("store.duckdb");
    Stores.open(db.toString()).close();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      insert(connection, 1, "", "both sides", "KAZGOV", "Astana");
      insert(connection, 2, "", "both sides", "", "the parties");
      insert(connection, 3, "IRNGOV", "Tehran", "", "both sides");
      insert(connection, 4, "", "the parties", null, null);
    }
    Cli result = Cli.run("actors", "unknown", "--db", db.toString(), "--limit", "5");
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .containsSubsequence("both sides  | 3", "the parties | 2", "(2 rows)")
        .doesNotContain("Astana");
  }

  @Test
  void unknown_limitOutOfRange_isUsageError() {
    Cli result =
        Cli.run("actors", "unknown", "--db", dir.resolve("x.duckdb").toString(), "--limit", "0");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("--limit must be between 1 and");
  }

  private static JsonNode json(Cli result) throws IOException {
    assertThat(result.exit()).as(result.err()).isZero();
    return MAPPER.readTree(result.out());
  }

  private static void insert(
      Connection connection,
      int id,
      String source,
      String sourceText,
      String target,
      String targetText)
      throws SQLException {
    String sql =
        "INSERT INTO events (event_id, doc_id, sentence_index, sentence, span_start, span_end,"
            + " source_code, source_text, target_code, target_text, cameo, cameo_root, modality)"
            + " VALUES (?, 'd', 0, 's', 0, 1, ?, ?, ?, ?, '010', '01', 'asserted')";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, "d:0:" + id);
      statement.setString(2, source);
      statement.setString(3, sourceText);
      statement.setString(4, target);
      statement.setString(5, targetText);
      statement.executeUpdate();
    }
  }
}
