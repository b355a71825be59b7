package io.steppe.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.app.Steppe;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The test corpus ingested once per test JVM through the CLI, then opened as the store the server
 * tests serve. CoreNLP takes a while to load, so the API and browser tests share it.
 */
final class ServedCorpus {
  static final Path CORPUS = Path.of("src/test/resources/corpus");
  static final Path SAMPLES = Path.of("../samples");

  private static final Map<Path, EventStore> STORES = new HashMap<>();

  private ServedCorpus() {}

  /** The small test corpus, for the API tests. */
  static EventStore store() {
    return ingested(CORPUS);
  }

  /** The bundled sample articles, for the browser tests: the store a user's demo builds. */
  static EventStore samples() {
    return ingested(SAMPLES);
  }

  private static synchronized EventStore ingested(Path folder) {
    EventStore store = STORES.get(folder);
    if (store == null) {
      Path db = freshDirectory().resolve("served.duckdb");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit =
          Steppe.run(
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              "ingest",
              "--db",
              db.toString(),
              folder.toString());
      assertThat(exit).as(err.toString()).isZero();
      store = Stores.open(db.toString());
      STORES.put(folder, store);
    }
    return store;
  }

  private static Path freshDirectory() {
    try {
      return Files.createTempDirectory("steppe-served-corpus");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
