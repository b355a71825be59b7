package io.steppe.app.bench;

import io.steppe.app.pipeline.Engine;
import io.steppe.app.pipeline.Ingester;
import io.steppe.app.pipeline.Progress;
import io.steppe.app.server.FolderWatcher;
import io.steppe.app.server.ServerOptions;
import io.steppe.app.server.SteppeServer;
import io.steppe.model.SteppeException;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The load benchmark: ingests half of a corpus into a fresh store, serves it on loopback, and
 * drives requests at the server while the other half is dropped into the watched folder, so the
 * server answers while an ingest writes. The rate limit is off: the benchmark measures the server,
 * not the limiter.
 */
public final class LoadBench {
  /** The mix: every API endpoint with valid parameters, the description and the page. */
  static final List<String> PATHS =
      List.of(
          "/api/stats",
          "/api/events?limit=50",
          "/api/events?source=KAZ&modality=asserted",
          "/api/actors/ISR/events",
          "/api/dyads?limit=10",
          "/api/reactions?against=ISR,USA&actors=KAZ,KGZ,TJK,TKM,UZB",
          "/api/alignment?toward=USA,ISR&against=IRN,RUS",
          "/api/claims?about=IRN",
          "/api/documents/%s",
          "/openapi.json",
          "/");

  private final List<Path> files;
  private final int clients;
  private final Duration length;

  /**
   * @param files the corpus, one article per file, at least two
   */
  public LoadBench(List<Path> files, int clients, Duration length) {
    if (files.size() < 2) {
      throw new SteppeException(
          "the load benchmark needs at least 2 articles, half to serve and half to ingest"
              + " meanwhile; found "
              + files.size());
    }
    this.files = List.copyOf(files);
    this.clients = clients;
    this.length = length;
  }

  /** Runs the benchmark, prints its figures and returns them. */
  public LoadResult run(PrintWriter out) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("steppe-load");
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    List<Path> served = files.subList(0, files.size() / 2);
    List<Path> arriving = files.subList(files.size() / 2, files.size());
    Engine engine = Engine.standard();
    PrintStream quiet =
        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    try (EventStore store = Stores.open(dir.resolve("load.duckdb").toString())) {
      new Ingester(store, () -> engine).run(served, new Progress(quiet, false, 0));
      long before = store.counts().documents() + store.counts().duplicates();
      describe(out, engine, served.size(), arriving.size());
      LoadResult result;
      try (SteppeServer server =
              SteppeServer.start(store, new ServerOptions("127.0.0.1", 0, 0, null));
          FolderWatcher watcher =
              FolderWatcher.start(inbox, new Ingester(store, () -> engine), quiet, 1)) {
        copy(arriving, inbox);
        String document = firstDocument(store);
        List<String> paths =
            PATHS.stream().map(p -> String.format(Locale.ROOT, p, document)).toList();
        result =
            new LoadDriver("http://127.0.0.1:" + server.port(), paths, out).run(clients, length);
        long during = store.counts().documents() + store.counts().duplicates() - before;
        result.print(out);
        out.printf(
            "ingest: %d of %d articles stored or linked while the load ran%n",
            during, arriving.size());
      }
      return result;
    }
  }

  private void describe(PrintWriter out, Engine engine, int served, int arriving) {
    out.printf(
        Locale.ROOT,
        "machine: %d cores, max heap %d MB, Java %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"));
    out.printf(
        Locale.ROOT,
        "configuration: %d client threads for %d s over %d paths (every API endpoint, the"
            + " description and the page, each once unmeasured first) on 127.0.0.1; rate limit off, as the benchmark measures"
            + " the server, not the limiter; store of %d articles, %d more ingested through the"
            + " watch folder meanwhile (%s)%n",
        clients,
        length.toSeconds(),
        PATHS.size(),
        served,
        arriving,
        engine.annotator().describe());
    out.flush();
  }

  private static String firstDocument(EventStore store) {
    return store.query("SELECT min(id) FROM documents").rows().stream()
        .findFirst()
        .map(row -> row.get(0))
        .orElseThrow(
            () -> new SteppeException("the served half of the corpus gave no document to ask for"));
  }

  /** Numbered, as files of different folders may have the same name. */
  private static void copy(List<Path> from, Path folder) {
    for (int i = 0; i < from.size(); i++) {
      Path file = from.get(i);
      try {
        Files.copy(file, folder.resolve(i + "-" + file.getFileName()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy " + file + " into " + folder, e);
      }
    }
  }
}
