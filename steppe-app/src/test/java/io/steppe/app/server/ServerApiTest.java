package io.steppe.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.steppe.model.Event;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import io.steppe.store.StoreCounts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API over the test corpus: every endpoint's answer, and every way to misuse it. */
class ServerApiTest {
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; frame-ancestors 'none'";

  private static EventStore store;
  private static SteppeServer server;
  private static Http http;

  @BeforeAll
  static void serve() {
    store = ServedCorpus.store();
    server = SteppeServer.start(store, "127.0.0.1", 0);
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void stats_countsTheCorpus() {
    JsonNode stats = http.get("/api/stats").json();

    assertThat(stats.get("documents").asLong()).isGreaterThanOrEqualTo(4);
    assertThat(stats.get("duplicates").asLong()).isEqualTo(2);
    assertThat(stats.get("events").asLong()).isEqualTo(store.counts().events());
  }

  @Test
  void events_filteredBySourceAndRoot_areContractEvents() {
    Http.Answer answer = http.get("/api/events?source=TJK&root=11&modality=asserted");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    JsonNode event = answer.json().get("events").get(0);
    assertThat(event.get("source").get("country").asText()).isEqualTo("TJK");
    assertThat(event.get("target").get("country").asText()).isEqualTo("ISR");
    assertThat(event.get("cameo_root").asText()).isEqualTo("11");
    assertThat(event.get("sentence").asText())
        .startsWith("Tajikistan's foreign ministry condemned");
    assertThat(event.get("why").asText()).contains("condemn");
    assertThat(event.get("span")).hasSize(2);
  }

  @Test
  void events_pages_walkTheStoreOrderWithoutGapsOrRepeats() {
    List<String> paged = new ArrayList<>();
    for (int offset = 0; ; offset += 3) {
      JsonNode page = http.get("/api/events?limit=3&offset=" + offset).json();
      page.get("events").forEach(e -> paged.add(e.get("event_id").asText()));
      if (!page.get("has_more").asBoolean()) {
        break;
      }
    }

    List<String> stored = store.events(EventQuery.all()).stream().map(Event::eventId).toList();
    assertThat(paged).isEqualTo(stored);
  }

  @Test
  void actorEvents_haveTheActorAsSourceOrTarget() {
    JsonNode events = http.get("/api/actors/KAZ/events?modality=asserted").json().get("events");

    assertThat(events).isNotEmpty();
    for (JsonNode event : events) {
      String source = event.get("source").get("country").asText();
      String target = event.get("target").path("country").asText();
      assertThat(List.of(source, target)).contains("KAZ");
    }
    assertThat(events.findValuesAsText("sentence"))
        .contains("Iran's foreign ministry spokesman criticised Kazakhstan.");
  }

  @Test
  void document_hasSentencesAndTheirEventsWithSpanAndWhy() {
    JsonNode document = http.get("/api/documents/a-dushanbe-condemns").json();

    assertThat(document.get("title").asText()).isEqualTo("Dushanbe condemns strikes on Iran");
    assertThat(document.get("date").asText()).isEqualTo("2025-06-14");
    JsonNode first = document.get("sentences").get(0);
    assertThat(first.get("text").asText())
        .isEqualTo(
            "Tajikistan's foreign ministry condemned the Israeli strikes on Iran on Friday.");
    JsonNode event = first.get("events").get(0);
    String words =
        first
            .get("text")
            .asText()
            .substring(event.get("span").get(0).asInt(), event.get("span").get(1).asInt());
    assertThat(words).contains("condemned");
    assertThat(event.get("why").asText()).isNotBlank();
  }

  @Test
  void reactions_centralAsia_tajikistanCondemnedWithItsSentence() {
    JsonNode rows =
        http.get("/api/reactions?against=ISR,USA&actors=KAZ,KGZ,TJK,TKM,UZB&since=2025-06-13")
            .json()
            .get("rows");

    assertThat(rows.findValuesAsText("actor")).containsExactly("KAZ", "KGZ", "TJK", "TKM", "UZB");
    JsonNode tajikistan = rows.get(2);
    assertThat(tajikistan.get("stance").asText()).isEqualTo("condemned");
    assertThat(tajikistan.get("stance_label").asText()).isEqualTo("condemned/criticised");
    assertThat(tajikistan.get("quad_counts").get("verbal_conflict").asInt()).isPositive();
    assertThat(tajikistan.get("evidence").get(0).get("sentence").asText())
        .startsWith("Tajikistan's foreign ministry condemned the Israeli strikes");
    JsonNode kyrgyzstan = rows.get(1);
    assertThat(kyrgyzstan.get("denied").get(0).get("modality").asText()).isEqualTo("negated");
  }

  @Test
  void dyads_busiestFirst() {
    JsonNode dyads = http.get("/api/dyads?limit=5").json().get("dyads");

    assertThat(dyads).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(dyads.get(0).get("events").asInt())
        .isGreaterThanOrEqualTo(dyads.get(dyads.size() - 1).get("events").asInt());
  }

  @Test
  void openApi_describesEveryApiRoute() {
    Http.Answer answer = http.get("/openapi.json");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode paths = answer.json().get("paths");
    assertThat(answer.json().get("openapi").asText()).startsWith("3.");
    assertThat(paths.fieldNames())
        .toIterable()
        .contains(
            "/api/events",
            "/api/documents/{id}",
            "/api/actors/{code}/events",
            "/api/reactions",
            "/api/dyads",
            "/api/alignment",
            "/api/claims",
            "/api/stats");
  }

  @Test
  void alignment_scoresCountriesWithStatedMethod() {
    JsonNode body = http.get("/api/alignment?toward=ISR&against=IRN").json();

    assertThat(body.get("method").asText()).contains("mean Goldstein");
    assertThat(body.get("scores")).isNotEmpty();
    assertThat(body.get("scores").get(0).get("score").asDouble()).isBetween(-10.0, 10.0);
  }

  @Test
  void claims_withoutAbout_isProblem() {
    Http.Answer answer = http.get("/api/claims");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("detail").asText()).contains("about");
  }

  @Test
  void claims_about_answersAList() {
    JsonNode body = http.get("/api/claims?about=KAZ").json();

    assertThat(body.get("about").asText()).isEqualTo("KAZ");
    assertThat(body.get("claims").isArray()).isTrue();
  }

  @Test
  void dashboard_isServedWithoutInlineScriptsOrStyles() {
    Http.Answer page = http.get("/");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body()).contains("<script type=\"module\" src=\"app.js\"></script>");
    assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    assertThat(page.body())
        .doesNotContain("style=")
        .doesNotContain("<style")
        .doesNotContain("http");
    for (String file :
        List.of("/app.js", "/d3.min.js", "/countries-110m.json", "/country-codes.json")) {
      assertThat(http.get(file).status()).as(file).isEqualTo(200);
    }
    assertThat(http.get("/country-codes.json").json().get("762").get("code").asText())
        .isEqualTo("TJK");
  }

  @ParameterizedTest
  @CsvSource({
    "/api/events?since=2025-13-01, since",
    "/api/events?since=13.06.2025, since",
    "/api/events?until=2025-06-01&since=2025-06-02, until",
    "/api/events?source=tjk, source",
    "/api/events?target=T, target",
    "/api/events?root=21, root",
    "/api/events?root=1, root",
    "/api/events?cameo=9999, cameo",
    "/api/events?plover=SMILE, plover",
    "/api/events?modality=probable, modality",
    "/api/events?limit=0, limit",
    "/api/events?limit=501, limit",
    "/api/events?limit=99999999999, limit",
    "/api/events?offset=-1, offset",
    "/api/events?offset=10001, offset",
    "/api/events?colour=red, colour",
    "/api/events?source=TJK&source=KAZ, source",
    "/api/reactions?actors=TJK, against",
    "/api/reactions?against=ISR, actors",
    "'/api/reactions?against=ISR,,USA&actors=TJK', against",
    "/api/dyads?limit=101, limit",
    "/api/actors/tjk/events, code",
    "/api/stats?verbose=1, verbose",
  })
  void invalidParameter_is400ProblemNamingIt(String request, String parameter) {
    Http.Answer answer = http.get(request);

    assertThat(answer.status()).as(request).isEqualTo(400);
    assertProblem(answer, 400);
    assertThat(answer.json().get("parameter").asText()).isEqualTo(parameter);
    assertThat(answer.json().get("detail").asText()).contains("'" + parameter + "'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "TJK' OR 1=1--",
        "TJK'; DROP TABLE events; --",
        "TJK\" OR \"\"=\"",
        "TJK) UNION SELECT * FROM documents --",
        "%",
        "TJK%00"
      })
  void injectionAttempt_isRefused(String value) {
    String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
    for (String name : List.of("source", "target", "cameo", "root", "plover", "since")) {
      Http.Answer answer = http.get("/api/events?" + name + "=" + encoded);
      assertThat(answer.status()).as(name + "=" + value).isEqualTo(400);
      assertProblem(answer, 400);
    }
    assertThat(http.get("/api/reactions?against=ISR&actors=" + encoded).status()).isEqualTo(400);
    assertThat(http.get("/api/actors/" + encoded + "/events").status()).isIn(400, 404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/..%2f..%2fetc/passwd",
        "/%2e%2e/pom.xml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/../pom.xml",
        "/app.js/../../pom.xml",
        "/io/steppe/app/server/openapi.json",
        "/node_modules/d3/package.json",
        "/index.html%00.js",
        "/WEB-INF/web.xml",
        "/api/documents/..%2f..%2fpom.xml/x"
      })
  void pathTraversal_is404(String path) {
    Http.Answer answer = http.get(path);

    assertThat(answer.status()).as(path).isEqualTo(404);
    assertThat(answer.body()).doesNotContain("<project").doesNotContain("root:");
    assertProblem(answer, 404);
  }

  @Test
  void unknownDocument_is404Problem() {
    Http.Answer answer = http.get("/api/documents/no-such-document");

    assertProblem(answer, 404);
    assertThat(answer.json().get("detail").asText()).contains("no-such-document");
    assertThat(answer.json().get("instance").asText()).isEqualTo("/api/documents/no-such-document");
  }

  @Test
  void writeMethods_are405Problems() {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      Http.Answer answer = http.send(method, "/api/events");
      assertThat(answer.status()).as(method).isEqualTo(405);
      assertProblem(answer, 405);
    }
  }

  @Test
  void hostileRequests_leaveTheStoreUnchanged() {
    StoreCounts before = store.counts();
    List<Event> eventsBefore = store.events(EventQuery.all());
    String drop = URLEncoder.encode("X'); DELETE FROM events; --", StandardCharsets.UTF_8);
    http.get("/api/events?source=" + drop);
    http.get("/api/documents/" + drop);
    http.get("/api/reactions?against=" + drop + "&actors=TJK");
    http.send("DELETE", "/api/documents/a-dushanbe-condemns");
    http.send("POST", "/api/events?source=TJK");

    assertThat(store.counts()).isEqualTo(before);
    assertThat(store.events(EventQuery.all())).isEqualTo(eventsBefore);
  }

  private static void assertProblem(Http.Answer answer, int status) {
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.header("Content-Security-Policy")).isEqualTo(CSP);
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
    JsonNode problem = answer.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asText()).isNotBlank();
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
  }
}
