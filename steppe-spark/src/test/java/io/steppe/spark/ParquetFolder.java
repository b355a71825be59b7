package io.steppe.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A month-partitioned Parquet folder as DuckDB reads it: every file, with its folder's month. */
final class ParquetFolder {
  private final Path folder;

  ParquetFolder(Path folder) {
    this.folder = folder;
  }

  /** The month folders' names, sorted. */
  List<String> partitions() throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(Files::isDirectory)
          .map(path -> path.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  /** Every row, every column (month last), sorted by event id. */
  List<List<Object>> rows() throws SQLException {
    return query("SELECT * FROM " + files() + " ORDER BY event_id");
  }

  /** Column names with the types DuckDB reads, in file order. */
  List<List<Object>> columns() throws SQLException {
    return query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + files() + ")");
  }

  /**
   * Each column's Parquet type as written in the files: physical type, the annotation saying how to
   * read it (UTF8, DATE), and whether it is optional. The newer logical-type field is left out:
   * Spark writes it beside the annotation, DuckDB only the annotation, and readers treat both
   * alike. So is INT32 with and without INT_32 (the spec's default for INT32), which DuckDB writes
   * and Spark leaves out.
   */
  List<List<Object>> parquetTypes() throws SQLException {
    return query(
        "SELECT DISTINCT name, type, CASE WHEN converted_type = 'INT_32' AND type = 'INT32' THEN"
            + " NULL ELSE converted_type END, repetition_type FROM parquet_schema('"
            + glob()
            + "') WHERE num_children IS NULL OR num_children = 0 ORDER BY name");
  }

  private String files() {
    return "read_parquet('" + glob() + "', hive_partitioning = true)";
  }

  private String glob() {
    return folder.toAbsolutePath() + "/*/*.parquet";
  }

  private static List<List<Object>> query(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      List<List<Object>> rows = new ArrayList<>();
      while (result.next()) {
        List<Object> row = new ArrayList<>(columns);
        for (int column = 1; column <= columns; column++) {
          row.add(result.getObject(column));
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
