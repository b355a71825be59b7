package io.steppe.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use a store. */
public final class StoreOption {
  @Option(
      names = "--db",
      paramLabel = "PATH|URL",
      description =
          "Store location: a DuckDB file, or a PostgreSQL database as"
              + " postgresql://user[:password]@host[:port]/db (password also from $PGPASSWORD)"
              + " (default: $STEPPE_DB, else ./steppe-data/steppe.duckdb).")
  String db;

  /**
   * The store's own actor dictionary folder, {@code actors/} beside a DuckDB store file, when it
   * exists: a team's additions travel with their store.
   */
  public Optional<Path> actorsDirectory() {
    String location = location();
    if (location.contains("://") || location.startsWith("jdbc:")) {
      return Optional.empty();
    }
    Path parent = Path.of(location).toAbsolutePath().getParent();
    Path directory = parent == null ? null : parent.resolve("actors");
    return directory != null && Files.isDirectory(directory)
        ? Optional.of(directory)
        : Optional.empty();
  }

  /** The store location: the option, else $STEPPE_DB, else the default file. */
  public String location() {
    if (db != null) {
      return db;
    }
    String env = System.getenv("STEPPE_DB");
    return env != null && !env.isBlank() ? env : Path.of("steppe-data", "steppe.duckdb").toString();
  }
}
