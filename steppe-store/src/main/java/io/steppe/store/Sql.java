package io.steppe.store;

import io.steppe.model.SteppeException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JDBC helpers: transactions, parameter binding and row mapping. Values are always bound. */
final class Sql {

  /** Database work that may fail with an {@link SQLException}. */
  @FunctionalInterface
  interface Work {
    void run() throws SQLException;
  }

  /** Turns the current row of a result set into a value. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private Sql() {}

  /**
   * Runs the work in one transaction: commits when it returns, rolls back when it throws anything.
   * The connection is back in auto-commit mode afterwards.
   */
  static void inTransaction(Connection connection, Work work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException | Error e) {
      rollback(connection, e);
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** Runs an INSERT, UPDATE or DELETE with these parameters. */
  static int update(Connection connection, String sql, List<@Nullable Object> parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    }
  }

  /** Runs one INSERT for many rows as a batch, prepared once. */
  static void batch(Connection connection, String sql, List<List<@Nullable Object>> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (List<@Nullable Object> row : rows) {
        Sql.bind(statement, row);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** Runs a SELECT with these parameters and maps every row. */
  static <T> List<T> select(
      Connection connection, String sql, List<@Nullable Object> parameters, RowMapper<T> mapper)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
        return result;
      }
    }
  }

  /** Binds the values to the statement's parameters, in order; null binds SQL NULL. */
  static void bind(PreparedStatement statement, List<@Nullable Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value == null) {
        statement.setNull(i + 1, Types.NULL);
      } else if (value instanceof byte[] bytes) {
        statement.setBytes(i + 1, bytes);
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }

  /** A Steppe exception saying what failed, with the database's own message. */
  static SteppeException failure(String what, SQLException cause) {
    return new SteppeException(what + ": " + cause.getMessage(), cause);
  }
}
