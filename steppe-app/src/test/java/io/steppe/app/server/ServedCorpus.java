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

/**
 * The test corpus ingested once per test JVM through the CLI, then opened as the store the server
 * tests serve. CoreNLP takes a while to load, so the API and browser tests share it.
 */
final class ServedCorpus {
  static final Path CORPUS = Path.of("src/test/resources/corpus");

  private static EventStore store;

  private ServedCorpus() {}

  static synchronized EventStore store() {
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
              CORPUS.toString());
      assertThat(exit).as(err.toString()).isZero();
      store = Stores.open(db.toString());
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
