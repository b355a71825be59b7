package io.steppe.analytics;

import io.steppe.model.SteppeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The length of one step of a time series. */
public enum Period {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  /** The first day of the period that holds {@code date}. */
  public LocalDate start(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> date.withDayOfMonth(1).withMonth(((date.getMonthValue() - 1) / 3) * 3 + 1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  /** The unit name SQL date truncation uses for this period. */
  public String unit() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Period parse(String word) {
    try {
      return valueOf(word.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SteppeException(
          "unknown period '" + word + "': expected day, week, month, quarter or year", e);
    }
  }
}
