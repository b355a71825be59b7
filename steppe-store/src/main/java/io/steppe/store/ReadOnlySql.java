package io.steppe.store;

import io.steppe.model.SteppeException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Runs analysts' SQL without letting it change the store.
 *
 * <p>Two guards: DuckDB's own parser decides what the statement is ({@code json_serialize_sql}
 * serialises SELECT statements only, and SHOW, DESCRIBE and SUMMARIZE parse as SELECTs), so no
 * keyword list can be fooled by comments or quoting; and the statement runs in a read-only
 * transaction on its own connection. Table functions that read files ({@code read_csv}) stay
 * available, as in any DuckDB session of the same user.
 */
final class ReadOnlySql {

  private static final String ALLOWED =
      "SELECT, WITH, FROM, VALUES, SHOW, DESCRIBE, SUMMARIZE, or EXPLAIN of one of these";

  private static final Pattern EXPLAIN = Pattern.compile("(?is)\\s*EXPLAIN(\\s+ANALYZE)?\\s+(.*)");

  private static final Pattern FIRST_WORD = Pattern.compile("\\s*([A-Za-z_]+).*", Pattern.DOTALL);

  private static final String PARSE =
      "SELECT j->>'error' = 'true', j->>'error_message', json_array_length(j->'statements')"
          + " FROM (SELECT json_serialize_sql(?::VARCHAR) AS j)";

  private ReadOnlySql() {}

  /** Runs one read statement and returns every row as text. */
  static QueryResult run(Connection reader, String sql) throws SQLException {
    check(reader, sql);
    execute(reader, "BEGIN TRANSACTION READ ONLY");
    try (Statement statement = reader.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return toResult(rows);
    } finally {
      execute(reader, "ROLLBACK");
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Throws unless the SQL is exactly one read statement. */
  static void check(Connection reader, String sql) throws SQLException {
    Matcher explain = EXPLAIN.matcher(sql);
    String statement = explain.matches() ? explain.group(2) : sql;
    List<Verdict> verdicts =
        Sql.select(
            reader,
            PARSE,
            List.of(statement),
            row -> new Verdict(row.getBoolean(1), row.getString(2), row.getInt(3)));
    verdicts.get(0).enforce(sql);
  }

  private record Verdict(boolean error, @Nullable String message, int statements) {
    void enforce(String sql) {
      if (error && message != null && message.startsWith("Only SELECT statements")) {
        throw new SteppeException(
            "query refused: "
                + firstWord(sql)
                + " is not allowed; only read-only statements are ("
                + ALLOWED
                + "). The store changes only through steppe ingest.");
      }
      if (error) {
        throw new SteppeException("invalid SQL: " + message);
      }
      if (statements != 1) {
        throw new SteppeException(
            "query refused: expected exactly one SQL statement, found " + statements);
      }
    }
  }

  private static String firstWord(String sql) {
    Matcher matcher = FIRST_WORD.matcher(sql);
    return matcher.matches() ? matcher.group(1).toUpperCase(Locale.ROOT) : "this statement";
  }

  private static QueryResult toResult(ResultSet rows) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(meta.getColumnLabel(i));
    }
    List<List<@Nullable String>> values = new ArrayList<>();
    while (rows.next()) {
      List<@Nullable String> row = new ArrayList<>(columns.size());
      for (int i = 1; i <= columns.size(); i++) {
        row.add(rows.getString(i));
      }
      values.add(row);
    }
    return new QueryResult(columns, values);
  }
}
