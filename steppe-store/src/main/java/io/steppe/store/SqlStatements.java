package io.steppe.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at the semicolons that are not inside a comment, a quoted string
 * or identifier, or a dollar-quoted body, as PostgreSQL reads them. Used where the database offers
 * no parser of its own to ask (PostgreSQL); the read-only transaction stays the guard that counts.
 */
final class SqlStatements {

  private SqlStatements() {}

  /** The statements of the text, each without its semicolon; empty ones are left out. */
  static List<String> split(String sql) {
    List<String> statements = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < sql.length()) {
      if (sql.charAt(i) == ';') {
        addIfAny(statements, sql.substring(start, i));
        start = i + 1;
        i++;
      } else {
        i = skip(sql, i);
      }
    }
    addIfAny(statements, sql.substring(start));
    return statements;
  }

  /** The text after its leading white space and comments. */
  static String withoutLeadingComments(String sql) {
    int i = 0;
    while (i < sql.length()) {
      int next = skipSpaceOrComment(sql, i);
      if (next == i) {
        break;
      }
      i = next;
    }
    return sql.substring(i);
  }

  private static void addIfAny(List<String> statements, String statement) {
    if (!withoutLeadingComments(statement).isEmpty()) {
      statements.add(statement);
    }
  }

  /** The index after the token starting at i: a comment, a quoted part or one character. */
  private static int skip(String sql, int i) {
    int next = skipSpaceOrComment(sql, i);
    if (next != i) {
      return next;
    }
    char c = sql.charAt(i);
    if (c == '\'') {
      boolean escapes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e');
      return quoted(sql, i, '\'', escapes);
    }
    if (c == '"') {
      return quoted(sql, i, '"', false);
    }
    if (c == '$') {
      return dollarQuoted(sql, i);
    }
    return i + 1;
  }

  private static int skipSpaceOrComment(String sql, int i) {
    if (Character.isWhitespace(sql.charAt(i))) {
      return i + 1;
    }
    if (sql.startsWith("--", i)) {
      int end = sql.indexOf('\n', i);
      return end < 0 ? sql.length() : end + 1;
    }
    if (sql.startsWith("/*", i)) {
      return blockComment(sql, i);
    }
    return i;
  }

  /** Block comments nest in PostgreSQL. */
  private static int blockComment(String sql, int start) {
    int depth = 0;
    int i = start;
    while (i < sql.length()) {
      if (sql.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  /** A quoted part ends at an undoubled quote; with escapes, a backslash escapes the next one. */
  private static int quoted(String sql, int start, char quote, boolean escapes) {
    int i = start + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (escapes && c == '\\') {
        i += 2;
      } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return sql.length();
  }

  /** {@code $tag$ ... $tag$}; a $ that starts no tag ($1, a lone $) is one character. */
  private static int dollarQuoted(String sql, int start) {
    int i = start + 1;
    if (i < sql.length() && Character.isDigit(sql.charAt(i))) {
      return i;
    }
    while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
      i++;
    }
    if (i >= sql.length() || sql.charAt(i) != '$') {
      return start + 1;
    }
    String tag = sql.substring(start, i + 1);
    int end = sql.indexOf(tag, i + 1);
    return end < 0 ? sql.length() : end + tag.length();
  }
}
