package io.steppe.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where one test's store lives ({@link Backend#create}); closing it deletes the store.
 *
 * @param location what {@link Stores#open} takes
 */
public record TestLocation(String location, Connect connect, Runnable drop)
    implements AutoCloseable {

  /** Opens a plain JDBC connection to the store, for tests that prepare old schemas by hand. */
  @FunctionalInterface
  public interface Connect {
    Connection open() throws SQLException;
  }

  /** Opens the store (creating or upgrading its schema). */
  public EventStore open() {
    return Stores.open(location);
  }

  /** A plain JDBC connection to the store's database and schema. */
  public Connection connection() throws SQLException {
    return connect.open();
  }

  /** Deletes the store: its folder, or its schema with everything in it. */
  @Override
  public void close() {
    drop.run();
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete test store folder " + dir, e);
    }
  }
}
