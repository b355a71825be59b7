package io.steppe.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * DuckDB's own parser decides what a statement is: {@code json_serialize_sql} serialises SELECT
 * statements only, and SHOW, DESCRIBE and SUMMARIZE parse as SELECTs, so no keyword list can be
 * fooled by comments or quoting. Table functions that read files ({@code read_csv}) stay available,
 * as in any DuckDB session of the same user.
 */
final class DuckDbSqlCheck {

  private static final String ALLOWED =
      "SELECT, WITH, FROM, VALUES, SHOW, DESCRIBE, SUMMARIZE, or EXPLAIN of one of these";

  private static final Pattern EXPLAIN = Pattern.compile("(?is)\\s*EXPLAIN(\\s+ANALYZE)?\\s+(.*)");

  private static final String PARSE =
      "SELECT j->>'error' = 'true', j->>'error_message', json_array_length(j->'statements')"
          + " FROM (SELECT json_serialize_sql(?::VARCHAR) AS j)";

  private DuckDbSqlCheck() {}

  /** Throws unless the SQL is exactly one read statement. */
  static void check(Connection reader, String sql) throws SQLException {
    Matcher explain = EXPLAIN.matcher(SqlStatements.withoutLeadingComments(sql));
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
        throw ReadOnlySql.refused(sql, ALLOWED);
      }
      if (error) {
        throw ReadOnlySql.invalid(message);
      }
      if (statements != 1) {
        throw ReadOnlySql.notOne(statements);
      }
    }
  }
}
