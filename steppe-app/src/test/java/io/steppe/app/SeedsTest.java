package io.steppe.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two canonical articles in ../shared/seeds must tell their story as data. */
class SeedsTest {
  static final Path SEEDS =
      Path.of(System.getProperty("steppe.home", "."), "..", "shared", "seeds");
  static final ObjectMapper JSON = new ObjectMapper();
  static final Set<String> FOCAL = Set.of("ISR", "USA");

  @TempDir static Path dir;
  static List<JsonNode> events = new ArrayList<>();

  @BeforeAll
  static void codeSeeds() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "skipped: ../shared/seeds is absent");
    Path docs = dir.resolve("seeds.jsonl");
    String interview = Files.readString(SEEDS.resolve("central-asia-reactions-interview.txt"));
    String oped = Files.readString(SEEDS.resolve("kazakhstan-abraham-accords-oped.txt"));
    Files.writeString(
        docs,
        line("interview", "2025-07-20", interview)
            + "\n"
            + line("oped", "2025-11-12", oped)
            + "\n");
    Path out = dir.resolve("events.jsonl");
    Cli result = Cli.run("code", "--in", docs.toString(), "--out", out.toString());
    assertThat(result.exit()).as(result.err()).isZero();
    for (String line : Files.readAllLines(out)) {
      events.add(JSON.readTree(line));
    }
  }

  private static String line(String id, String date, String text) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", id).put("date", date).put("text", text);
    return node.toString();
  }

  private static boolean asserted11(JsonNode event, String source, String target) {
    return event.get("modality").asText().equals("asserted")
        && event.get("cameo_root").asText().equals("11")
        && source.equals(event.get("source").get("country").asText())
        && event.get("target").isObject()
        && target.equals(event.get("target").get("country").asText());
  }

  @Test
  void interview_tajikistanCondemnedIsraelAndTheUnitedStates() {
    assertThat(events).anyMatch(e -> asserted11(e, "TJK", "ISR"));
    assertThat(events).anyMatch(e -> asserted11(e, "TJK", "USA"));
  }

  @Test
  void oped_iranCriticisedKazakhstan() {
    assertThat(events).anyMatch(e -> asserted11(e, "IRN", "KAZ"));
  }

  @Test
  void claims_aboutKazakhstan_setKnyazevsForecastBesideTheAccession() throws IOException {
    String db = dir.resolve("seeds.duckdb").toString();
    assertThat(Cli.run("ingest", "--db", db, dir.resolve("seeds.jsonl").toString()).exit())
        .isZero();
    Cli claims = Cli.run("claims", "--db", db, "--about", "KAZ");
    assertThat(claims.exit()).as(claims.err()).isZero();
    String forecast =
        claims.out().substring(claims.out().indexOf("no prospect for significant expansion"));
    String claimLine =
        claims.out().lines().filter(l -> l.contains("no prospect")).findFirst().orElseThrow();
    assertThat(claimLine).startsWith("2025-07-20  Knyazev");
    String after =
        forecast.substring(
            0, forecast.indexOf("\n2025-") < 0 ? forecast.length() : forecast.indexOf("\n2025-"));
    assertThat(after).containsPattern("later 2025-11-\\d\\d 05\\d KAZ->ABR");
  }

  @Test
  void interview_theOtherFourDidNotCondemn() {
    for (String state : List.of("KAZ", "KGZ", "UZB", "TKM")) {
      for (String focal : FOCAL) {
        assertThat(events).noneMatch(e -> asserted11(e, state, focal));
      }
    }
  }
}
