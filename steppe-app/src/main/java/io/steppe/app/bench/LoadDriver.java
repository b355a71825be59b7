package io.steppe.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;

/**
 * Sends requests from several threads, each waiting for its answer before the next (a closed loop,
 * so the load is bounded by the number of clients), over a fixed mix of paths for a fixed time.
 * Each thread keeps its own histogram; they are added at the end.
 */
final class LoadDriver {
  /** Latencies are recorded up to a minute, to three significant digits. */
  private static final long MAX_MICROS = 60_000_000L;

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final List<URI> targets;
  private final PrintWriter log;

  LoadDriver(String base, List<String> paths, PrintWriter log) {
    this.targets = paths.stream().map(path -> URI.create(base + path)).toList();
    this.log = log;
  }

  /** Warms each path up once, unmeasured (a failure still counts), then runs the load. */
  LoadResult run(int clients, Duration length) throws InterruptedException {
    long warmUpErrors = targets.stream().filter(target -> !answered(target)).count();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    long deadline = start + length.toNanos();
    List<Future<Tally>> tallies = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int first = i;
      tallies.add(pool.submit(() -> drive(first, deadline)));
    }
    Map<String, Histogram> byPath = new TreeMap<>();
    long errors = warmUpErrors;
    try {
      for (Future<Tally> tally : tallies) {
        tally
            .get()
            .latencies()
            .forEach((path, h) -> byPath.computeIfAbsent(path, p -> histogram()).add(h));
        errors += tally.get().errors();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a load client failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new LoadResult(byPath, errors, (System.nanoTime() - start) / 1e9);
  }

  static Histogram histogram() {
    return new Histogram(MAX_MICROS, 3);
  }

  /** One client's latencies by path and query, and its failures. */
  private record Tally(Map<String, Histogram> latencies, long errors) {}

  /** One client: starts at its own place in the mix so the clients do not move in step. */
  private Tally drive(int first, long deadline) {
    Map<String, Histogram> latencies = new HashMap<>();
    long errors = 0;
    for (int i = first; System.nanoTime() < deadline; i++) {
      URI target = targets.get(i % targets.size());
      long sent = System.nanoTime();
      if (answered(target)) {
        latencies
            .computeIfAbsent(target.getRawPath(), path -> histogram())
            .recordValue(Math.min(MAX_MICROS, (System.nanoTime() - sent) / 1000));
      } else {
        errors++;
      }
    }
    return new Tally(latencies, errors);
  }

  private boolean answered(URI target) {
    try {
      HttpResponse<byte[]> response =
          client.send(
              HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() / 100 == 2) {
        return true;
      }
      report(target + " answered " + response.statusCode());
    } catch (IOException e) {
      report(target + " failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      report(target + " interrupted");
    }
    return false;
  }

  private synchronized void report(String failure) {
    log.println("load: " + failure);
    log.flush();
  }
}
