package io.steppe.coder;

import io.steppe.model.text.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the date an event's clause gives ("on June 13", "in 1991", "on Friday", "last week",
 * "yesterday") against the article date. Without such words the event takes the article date.
 */
final class DateFinder {
  // Compiled once: String.matches compiled these on every word of every temporal phrase.
  private static final Pattern DAY = Pattern.compile("\\d{1,2}");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  /** Any fixed day: {@link #isTemporal} asks only whether a word names a date, not which. */
  private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);

  private DateFinder() {}

  static @Nullable LocalDate resolve(Tree tree, Token head, @Nullable LocalDate articleDate) {
    if (articleDate == null) {
      return null;
    }
    for (Token child : tree.children(head)) {
      String relation = Tree.base(child.relation());
      if (relation.equals("obl") || relation.equals("nmod") || relation.equals("advmod")) {
        List<Token> phrase = Phrase.tokens(tree, child);
        LocalDate date = fromWords(phrase, articleDate);
        if (date != null) {
          return date;
        }
      }
    }
    return articleDate;
  }

  /**
   * Whether a word names a day, month or time relative to now ("Friday", "June", "yesterday"): the
   * entity tagger runs without its date classes, so the coder tells dates from actors by the word.
   */
  static boolean isTemporal(Token token) {
    return fromWords(List.of(token), REFERENCE) != null;
  }

  /** The date a temporal phrase names, relative to the article date, or null. */
  static @Nullable LocalDate fromWords(List<Token> phrase, LocalDate articleDate) {
    Month month = null;
    Integer day = null;
    Integer year = null;
    boolean last = false;
    for (Token token : phrase) {
      String word = token.word().toLowerCase(Locale.ROOT);
      Month named = month(word);
      if (named != null) {
        month = named;
      } else if (DAY.matcher(word).matches() && Integer.parseInt(word) <= 31) {
        day = Integer.parseInt(word);
      } else if (YEAR.matcher(word).matches()) {
        year = Integer.parseInt(word);
      } else if (word.equals("last") || word.equals("previous")) {
        last = true;
      } else {
        LocalDate relative = relative(word, last, articleDate);
        if (relative != null) {
          return relative;
        }
      }
    }
    return calendar(month, day, year, articleDate);
  }

  private static @Nullable LocalDate relative(String word, boolean last, LocalDate articleDate) {
    return switch (word) {
      case "yesterday" -> articleDate.minusDays(1);
      case "today" -> articleDate;
      case "week" -> last ? articleDate.minusWeeks(1) : null;
      case "month" -> last ? articleDate.minusMonths(1) : null;
      case "year" -> last ? articleDate.minusYears(1) : null;
      default -> weekdayBefore(word, last, articleDate);
    };
  }

  /** "on Friday": the latest Friday on or before the article date; "last Friday": before it. */
  private static @Nullable LocalDate weekdayBefore(
      String word, boolean last, LocalDate articleDate) {
    DayOfWeek weekday = weekday(word);
    if (weekday == null) {
      return null;
    }
    LocalDate onOrBefore = articleDate.with(TemporalAdjusters.previousOrSame(weekday));
    return last && onOrBefore.equals(articleDate) ? onOrBefore.minusWeeks(1) : onOrBefore;
  }

  private static @Nullable LocalDate calendar(
      @Nullable Month month, @Nullable Integer day, @Nullable Integer year, LocalDate articleDate) {
    if (month == null) {
      return year == null ? null : LocalDate.of(year, 1, 1);
    }
    int y = year != null ? year : articleDate.getYear();
    int d = day == null ? 1 : Math.min(day, month.length(java.time.Year.isLeap(y)));
    LocalDate date = LocalDate.of(y, month, d);
    // An unqualified month after the article date is last year's ("in December", read in January).
    return year == null && date.isAfter(articleDate.plusDays(7)) ? date.minusYears(1) : date;
  }

  private static @Nullable Month month(String word) {
    for (Month month : Month.values()) {
      String name = month.name().toLowerCase(Locale.ROOT);
      if (word.equals(name)
          || (word.length() >= 3 && word.length() <= 5 && name.startsWith(word.replace(".", "")))) {
        return month;
      }
    }
    return null;
  }

  private static @Nullable DayOfWeek weekday(String word) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (word.equals(day.name().toLowerCase(Locale.ROOT))) {
        return day;
      }
    }
    return null;
  }
}
