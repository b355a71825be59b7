package io.steppe.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.app.Steppe;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code steppe bench load} for two seconds on the test corpus: every request answered. */
class LoadBenchTest {
  @Test
  void loadBench_twoSeconds_printsFiguresWithNoErrors() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit =
        Steppe.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "bench",
            "load",
            "--seconds",
            "2",
            "--clients",
            "2",
            "src/test/resources/corpus");

    assertThat(exit).as(out + "\n" + err).isZero();
    String printed = out.toString();
    assertThat(printed)
        .containsPattern("machine: \\d+ cores")
        .contains("configuration: 2 client threads for 2 s over 11 paths")
        .contains("rate limit off, as the benchmark measures the server, not the limiter")
        .containsPattern(
            "load: [1-9]\\d* requests in [\\d.]+ s = \\d+ requests/s; latency p50 [\\d.]+ ms,"
                + " p99 [\\d.]+ ms, max [\\d.]+ ms; errors 0\n")
        .containsPattern("ingest: \\d of 3 articles stored or linked while the load ran");
    assertThat(printed).doesNotContain("load: http");
  }
}
