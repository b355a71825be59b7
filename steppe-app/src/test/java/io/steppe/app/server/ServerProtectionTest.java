package io.steppe.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.steppe.app.Steppe;
import io.steppe.model.SteppeException;
import io.steppe.store.EventStore;
import io.steppe.store.StoreCounts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rate limit, the size limits and the bearer token; none of the refusals changes the store. */
class ServerProtectionTest {
  private static final String TOKEN = "0123456789abcdef-test-token";

  private static EventStore store;
  private static StoreCounts counts;

  @TempDir Path dir;

  @BeforeAll
  static void countStore() {
    store = ServedCorpus.store();
    counts = store.counts();
  }

  @AfterAll
  static void storeUnchanged() {
    assertThat(store.counts()).isEqualTo(counts);
  }

  @Test
  void overRateLimit_is429ProblemWithRetryAfter() {
    try (SteppeServer server = serve(new ServerOptions("127.0.0.1", 0, 2, null))) {
      Http http = new Http(server.port());
      List<Http.Answer> answers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        answers.add(http.get("/api/stats"));
      }

      assertThat(answers.get(0).status()).isEqualTo(200);
      assertThat(answers).extracting(Http.Answer::status).containsOnly(200, 429).contains(429);
      Http.Answer refused = answers.stream().filter(a -> a.status() == 429).findFirst().get();
      assertThat(refused.header("Retry-After")).isEqualTo("1");
      assertProblem(
          refused,
          429,
          "Too Many Requests",
          "this client sent more than 2 requests per second; wait 1 s (Retry-After) or start the"
              + " server with a higher --rate-limit");
    }
  }

  @Test
  void oversizedRequests_areProblems() {
    try (SteppeServer server = serve(ServerOptions.loopback(0))) {
      Http http = new Http(server.port());
      String kilobytes = "x".repeat(10_000);

      Http.Answer body =
          http.send(
              http.request("/api/stats")
                  .method("GET", HttpRequest.BodyPublishers.ofString(kilobytes)));
      Http.Answer uri = http.get("/api/events?source=" + kilobytes);
      Http.Answer header = http.send(http.request("/api/stats").header("X-Filler", kilobytes));

      assertProblem(
          body,
          413,
          "Content Too Large",
          "a request body may have at most 1024 bytes; the API only reads and takes its input from"
              + " the query string");
      String tooLarge = "the request line and headers may take at most 8192 bytes together";
      assertProblem(uri, 414, "URI Too Long", tooLarge);
      assertProblem(header, 431, "Request Header Fields Too Large", tooLarge);
    }
  }

  @Test
  void token_missingOrWrong_is401Problem_rightToken_answers() {
    try (SteppeServer server = serve(new ServerOptions("127.0.0.1", 0, 0, TOKEN))) {
      Http http = new Http(server.port());

      Http.Answer missing = http.get("/api/stats");
      Http.Answer wrong =
          http.send(http.request("/api/stats").header("Authorization", "Bearer " + TOKEN + "x"));
      Http.Answer right =
          http.send(http.request("/api/stats").header("Authorization", "Bearer " + TOKEN));

      assertProblem(
          missing,
          401,
          "Unauthorized",
          "this server needs 'Authorization: Bearer TOKEN' on every API request");
      assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"steppe\"");
      assertProblem(
          wrong,
          401,
          "Unauthorized",
          "the bearer token is not the one this server was started with");
      assertThat(right.status()).isEqualTo(200);
      assertThat(right.json().get("documents").asLong()).isEqualTo(counts.documents());
      assertThat(http.get("/").status()).as("the page holds no data").isEqualTo(200);
    }
  }

  @Test
  void openAddressWithoutToken_isRefused() {
    assertThatThrownBy(() -> new ServerOptions("0.0.0.0", 0, 0, null))
        .isInstanceOf(SteppeException.class)
        .hasMessageStartingWith("0.0.0.0 is not a loopback address");

    Cli serve = serve("--host", "0.0.0.0");
    assertThat(serve.exit()).isEqualTo(2);
    assertThat(serve.err())
        .contains(
            "--host 0.0.0.0 is not a loopback address: anyone who can reach it could read the"
                + " store. Give --token-file FILE or set STEPPE_TOKEN, or listen on 127.0.0.1");
  }

  @Test
  void shortToken_isUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("token"), "short\n");

    Cli serve = serve("--token-file", file.toString());

    assertThat(serve.exit()).isEqualTo(2);
    assertThat(serve.err())
        .contains(
            "the token from --token-file "
                + file
                + " must be at least 16 characters without spaces, found 5");
  }

  @Test
  void pages_haveNoInlineScriptsOrHandlers_andCspForbidsThem() {
    try (SteppeServer server = serve(ServerOptions.loopback(0))) {
      Http.Answer page = new Http(server.port()).get("/");

      assertThat(page.header("Content-Security-Policy"))
          .contains("script-src 'self'")
          .doesNotContain("unsafe-inline")
          .doesNotContain("unsafe-eval");
      assertThat(page.body())
          .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
          .doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
          .doesNotContain("javascript:");
    }
  }

  private static SteppeServer serve(ServerOptions options) {
    return SteppeServer.start(store, options);
  }

  private record Cli(int exit, String err) {}

  private Cli serve(String... options) {
    List<String> args =
        new ArrayList<>(List.of("serve", "--db", dir.resolve("x.duckdb").toString()));
    args.addAll(List.of(options));
    StringWriter err = new StringWriter();
    int exit =
        Steppe.run(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            args.toArray(String[]::new));
    return new Cli(exit, err.toString());
  }

  private static void assertProblem(Http.Answer answer, int status, String title, String detail) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.header("Content-Security-Policy")).isNotEmpty();
    JsonNode problem = answer.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isEqualTo(title);
    assertThat(problem.get("detail").asText()).isEqualTo(detail);
  }
}
