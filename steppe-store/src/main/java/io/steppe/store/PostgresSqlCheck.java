package io.steppe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses SQL that is not exactly one read statement on PostgreSQL, which has no parser to ask from
 * SQL: statements are split as PostgreSQL reads them and must start with a read keyword. Anything
 * this lets through still runs in a read-only transaction, where PostgreSQL itself refuses writes
 * (a data-modifying WITH, nextval).
 */
final class PostgresSqlCheck {

  private static final String ALLOWED =
      "SELECT, WITH, VALUES, TABLE, SHOW, or EXPLAIN of one of these";

  private static final Set<String> READS = Set.of("SELECT", "WITH", "VALUES", "TABLE", "SHOW");

  /** EXPLAIN, its options, then the statement explained. */
  private static final Pattern EXPLAIN =
      Pattern.compile("(?is)EXPLAIN\\s*(\\([^)]*\\)|((ANALYZE|ANALYSE|VERBOSE)\\b\\s*)*)\\s*(.*)");

  private static final Pattern WORD = Pattern.compile("(?s)[\\s(]*([A-Za-z_]+).*");

  /** PostgreSQL's SQLSTATE for a syntax error. */
  private static final String SYNTAX_ERROR = "42601";

  private PostgresSqlCheck() {}

  /** Throws unless the SQL is exactly one read statement. */
  static void check(Connection reader, String sql) throws SQLException {
    List<String> statements = SqlStatements.split(sql);
    for (String statement : statements) {
      if (!isRead(statement)) {
        if (statements.size() == 1) {
          requireSyntax(reader, statement);
        }
        throw ReadOnlySql.refused(statement, ALLOWED);
      }
    }
    if (statements.size() != 1) {
      throw ReadOnlySql.notOne(statements.size());
    }
  }

  private static boolean isRead(String statement) {
    String text = SqlStatements.withoutLeadingComments(statement);
    Matcher explain = EXPLAIN.matcher(text);
    if (explain.matches()) {
      text = explain.group(4);
    }
    Matcher word = WORD.matcher(text);
    return word.matches() && READS.contains(word.group(1).toUpperCase(Locale.ROOT));
  }

  /**
   * A statement that is not a read is refused, unless PostgreSQL cannot even parse it: then the
   * user's mistake is a typo ("SELEC"), and PostgreSQL's message says where. Describing a statement
   * parses it without running it.
   */
  private static void requireSyntax(Connection reader, String statement) throws SQLException {
    try (PreparedStatement prepared = reader.prepareStatement(statement)) {
      prepared.getMetaData();
    } catch (SQLException e) {
      if (SYNTAX_ERROR.equals(e.getSQLState())) {
        throw ReadOnlySql.invalid(e.getMessage());
      }
      // Any other failure (a missing table in a DELETE): the statement is refused all the same.
    }
  }
}
