package io.steppe.actors;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A span of dates, open at either end; {@code until} is exclusive so that one holder's last day and
 * the next one's first day do not overlap.
 */
record Period(@Nullable LocalDate from, @Nullable LocalDate until) {
  static final Period ALWAYS = new Period(null, null);

  boolean contains(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
  }

  boolean isAlways() {
    return from == null && until == null;
  }

  boolean overlaps(Period other) {
    boolean startsBeforeOtherEnds =
        other.until == null || from == null || from.isBefore(other.until);
    boolean endsAfterOtherStarts =
        until == null || other.from == null || other.from.isBefore(until);
    return startsBeforeOtherEnds && endsAfterOtherStarts;
  }
}
