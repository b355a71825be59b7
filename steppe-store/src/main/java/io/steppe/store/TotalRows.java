package io.steppe.store;

import io.steppe.model.SteppeException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads the rows of the store's totalling queries and checks their period names. */
final class TotalRows {
  private static final List<String> PERIODS = List.of("day", "week", "month", "quarter", "year");

  private TotalRows() {}

  static String checkedPeriod(String period) {
    if (!PERIODS.contains(period)) {
      throw new SteppeException("unknown period '" + period + "': expected one of " + PERIODS);
    }
    return period;
  }

  static PeriodTotal periodTotal(ResultSet row) throws SQLException {
    return new PeriodTotal(
        row.getString("source"),
        row.getString("target"),
        row.getDate("period").toLocalDate(),
        row.getInt("quad_class"),
        row.getString("plover"),
        row.getLong("events"),
        row.getDouble("goldstein"));
  }

  static DyadTotal dyadTotal(ResultSet row) throws SQLException {
    java.sql.Date period = row.getDate("period");
    return new DyadTotal(
        row.getString("source"),
        row.getString("target"),
        period == null ? null : period.toLocalDate(),
        row.getLong("events"),
        row.getDouble("goldstein"));
  }
}
