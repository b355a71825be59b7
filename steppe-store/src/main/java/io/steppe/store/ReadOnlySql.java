package io.steppe.store;

import io.steppe.model.SteppeException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Runs analysts' SQL without letting it change the store. Two guards: a check, by each database's
 * own parser where it offers one, that the text is exactly one read statement; and a read-only
 * transaction on a connection of its own, rolled back afterwards.
 */
final class ReadOnlySql {

  /** Refuses SQL that is not exactly one read statement, before it runs. */
  @FunctionalInterface
  interface Check {
    void check(Connection reader, String sql) throws SQLException;
  }

  private static final Pattern FIRST_WORD = Pattern.compile("\\s*([A-Za-z_]+).*", Pattern.DOTALL);

  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

  private ReadOnlySql() {}

  /** Runs one read statement and returns every row as text. */
  static QueryResult run(Connection reader, String sql, Check check) throws SQLException {
    check.check(reader, sql);
    execute(reader, "BEGIN TRANSACTION READ ONLY");
    try (Statement statement = reader.createStatement()) {
      statement.setEscapeProcessing(false);
      try (ResultSet rows = statement.executeQuery(sql)) {
        return toResult(rows);
      }
    } finally {
      execute(reader, "ROLLBACK");
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The refusal of a statement that is not a read. */
  static SteppeException refused(String sql, String allowed) {
    return new SteppeException(
        "query refused: "
            + firstWord(sql)
            + " is not allowed; only read-only statements are ("
            + allowed
            + "). The store changes only through steppe ingest.");
  }

  /** The refusal of more than one statement. */
  static SteppeException notOne(int statements) {
    return new SteppeException(
        "query refused: expected exactly one SQL statement, found " + statements);
  }

  /** The database's parser found no statement in the text. */
  static SteppeException invalid(@Nullable String message) {
    return new SteppeException("invalid SQL: " + message);
  }

  private static String firstWord(String sql) {
    Matcher matcher = FIRST_WORD.matcher(SqlStatements.withoutLeadingComments(sql));
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
        row.add(text(rows, meta, i));
      }
      values.add(row);
    }
    return new QueryResult(columns, values);
  }

  /**
   * A value as text, the same from both databases: PostgreSQL sends booleans as "t" and whole
   * doubles without a fraction ("-12"), where DuckDB writes "true" and "-12.0".
   */
  private static @Nullable String text(ResultSet rows, ResultSetMetaData meta, int column)
      throws SQLException {
    String text = rows.getString(column);
    if (text == null) {
      return null;
    }
    int type = meta.getColumnType(column);
    boolean bool =
        type == Types.BOOLEAN
            || (type == Types.BIT && meta.getColumnTypeName(column).equalsIgnoreCase("bool"));
    if (bool) {
      return String.valueOf(rows.getBoolean(column));
    }
    boolean floating = type == Types.DOUBLE || type == Types.FLOAT || type == Types.REAL;
    return floating && WHOLE_NUMBER.matcher(text).matches() ? text + ".0" : text;
  }
}
