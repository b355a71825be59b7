package io.steppe.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads publication dates in the forms articles and feeds use.
 *
 * <p>Accepted: ISO {@code 2025-06-14}; ISO date-times with or without offset ({@code
 * 2025-06-14T10:00:00+05:00}, {@code ...Z}, {@code ...+0500}, {@code 2025-06-14 10:00}); RFC 1123
 * {@code Sat, 14 Jun 2025 10:00:00 GMT}; {@code June 14, 2025}; {@code 14 June 2025}. A date-time
 * gives the date as the writer wrote it, not converted to UTC: relative dates in the text ("on
 * Friday") are meant in the writer's own day. Impossible dates (2025-02-30) are not accepted.
 */
final class DateParser {
  private static final List<DateTimeFormatter> ISO_FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ISO_DATE_TIME,
          strict("uuuu-MM-dd'T'HH:mm[:ss][.SSS]xx"),
          strict("uuuu-MM-dd HH:mm[:ss]"));

  /** Day first: "14 June 2025", "Sat, 14 Jun 2025 10:00:00 GMT" (weekday and time ignored). */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?:\\p{Alpha}{3,9},?\\s+)?(\\d{1,2})\\s+(\\p{Alpha}{3,9})\\.?\\s+(\\d{4})"
              + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[+-]?\\w+)?)?");

  /** Month first: "June 14, 2025", "Jun 14 2025". */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(\\p{Alpha}{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");

  private static final Map<String, Month> MONTHS = monthNames();

  private DateParser() {}

  /** The date, or empty when the text is blank, in no accepted form, or names no real day. */
  static Optional<LocalDate> parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    for (DateTimeFormatter format : ISO_FORMATS) {
      try {
        return Optional.of(format.parse(trimmed, LocalDate::from));
      } catch (DateTimeParseException e) {
        // not this form; try the next one
      }
    }
    return parseWords(trimmed);
  }

  /** The date, or null: the form documents carry. */
  static @Nullable LocalDate parseOrNull(@Nullable String text) {
    return parse(text).orElse(null);
  }

  private static Optional<LocalDate> parseWords(String text) {
    Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
    if (dayFirst.matches()) {
      return date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
    }
    Matcher monthFirst = MONTH_DAY_YEAR.matcher(text);
    if (monthFirst.matches()) {
      return date(monthFirst.group(3), monthFirst.group(1), monthFirst.group(2));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, String monthName, String day) {
    Month month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
    if (month == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty(); // 30 February and the like: no such day
    }
  }

  private static Map<String, Month> monthNames() {
    Map<String, Month> names = new HashMap<>();
    for (Month month : Month.values()) {
      names.put(
          month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
      names.put(
          month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
    }
    names.put("sept", Month.SEPTEMBER);
    return Map.copyOf(names);
  }

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
