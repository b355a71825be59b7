package io.steppe.store;

import io.steppe.model.SteppeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/** Opens event stores. */
public final class Stores {

  /** The location of a store that lives in memory only and is lost on close. */
  public static final String IN_MEMORY = ":memory:";

  private Stores() {}

  /**
   * Opens the store at this location, creating it or upgrading its schema as needed.
   *
   * @param location a file path (a DuckDB file; missing parent directories are created), {@link
   *     #IN_MEMORY}, or a PostgreSQL URL ({@code postgresql://user[:password]@host[:port]/db} or
   *     {@code jdbc:postgresql://...}; a password not in the URL comes from PGPASSWORD)
   * @throws StoreInUseException when another process has the DuckDB store file open
   * @throws SteppeException when the store cannot be opened or was written by a newer Steppe
   */
  public static EventStore open(String location) {
    Objects.requireNonNull(location, "location");
    if (PostgresLocation.isPostgres(location)) {
      PostgresLocation postgres = PostgresLocation.parse(location, System.getenv("PGPASSWORD"));
      return PostgresStore.open(postgres, Clock.systemUTC());
    }
    if (location.equals(IN_MEMORY)) {
      return DuckDbStore.open("jdbc:duckdb:", IN_MEMORY, Clock.systemUTC());
    }
    Path file = duckDbFile(location);
    return DuckDbStore.open("jdbc:duckdb:" + file, file.toString(), Clock.systemUTC());
  }

  private static Path duckDbFile(String location) {
    if (location.isBlank()) {
      throw new SteppeException("store location is empty: expected a file path");
    }
    Path file;
    try {
      file = Path.of(location).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new SteppeException("store location is not a valid path: " + location, e);
    }
    Path parent = file.getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new SteppeException("cannot create directory " + parent + " for store " + file, e);
    }
    return file;
  }
}
