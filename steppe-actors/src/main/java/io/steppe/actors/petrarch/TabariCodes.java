package io.steppe.actors.petrarch;

import io.steppe.actors.ActorDictionary.DatedCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Actor codes in brackets with their optional date restriction: {@code [GON]}, {@code [HOBGOV
 * 19950601-19990815]}, {@code [HOB <950601]} (before), {@code [HOBREB >990816]} (after). Ranges
 * include both ends. Six-digit dates are YYMMDD, years 30-99 in the 1900s and 00-29 in the 2000s.
 * The code {@code ---} marks a name that must not be coded.
 */
final class TabariCodes {
  private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern RESTRICTION =
      Pattern.compile(
          "(\\S+?)\\s*(?:(<|>)\\s*(\\d{6}|\\d{8})|(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8}))");
  private static final Pattern PLAIN = Pattern.compile("\\S+");
  private static final Pattern COUNTRY_FIRST = Pattern.compile("([A-Z]{3})([A-Z]*)");

  private TabariCodes() {}

  /** The text before the first bracket: the name on a line that also holds codes. */
  static String beforeBrackets(String text) {
    int bracket = text.indexOf('[');
    return bracket < 0 ? text : text.substring(0, bracket);
  }

  /** Every bracketed code on the line; unreadable ones are counted as skipped. */
  static List<DatedCode> all(String text, String origin, Tally tally) {
    List<DatedCode> codes = new ArrayList<>();
    Matcher brackets = BRACKETS.matcher(text);
    while (brackets.find()) {
      DatedCode code = parse(brackets.group(1).strip());
      if (code == null) {
        tally.skip("actor code that cannot be read", origin);
      } else {
        codes.add(code);
      }
    }
    return codes;
  }

  static @Nullable DatedCode parse(String inside) {
    Matcher dated = RESTRICTION.matcher(inside);
    try {
      if (dated.matches()) {
        String code = dated.group(1);
        if (dated.group(2) != null) {
          LocalDate date = date(dated.group(3));
          boolean before = dated.group(2).equals("<");
          return split(code, before ? null : date.plusDays(1), before ? date : null);
        }
        return split(code, date(dated.group(4)), date(dated.group(5)).plusDays(1));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return PLAIN.matcher(inside).matches() ? split(inside, null, null) : null;
  }

  /** A country-first code ("HOBGOV") splits so that agent words can replace its sector. */
  private static DatedCode split(
      String written, @Nullable LocalDate from, @Nullable LocalDate until) {
    String code = written.toUpperCase(Locale.ROOT);
    if (code.equals("---")) {
      return new DatedCode("", null, null, from, until);
    }
    Matcher parts = COUNTRY_FIRST.matcher(code);
    if (parts.matches()) {
      String sector = parts.group(2).isEmpty() ? null : parts.group(2);
      return new DatedCode(code, parts.group(1), sector, from, until);
    }
    return new DatedCode(code, code, null, from, until);
  }

  static LocalDate date(String digits) {
    if (digits.length() == 8) {
      return LocalDate.of(
          Integer.parseInt(digits.substring(0, 4)),
          Integer.parseInt(digits.substring(4, 6)),
          Integer.parseInt(digits.substring(6, 8)));
    }
    int year = Integer.parseInt(digits.substring(0, 2));
    return LocalDate.of(
        year >= 30 ? 1900 + year : 2000 + year,
        Integer.parseInt(digits.substring(2, 4)),
        Integer.parseInt(digits.substring(4, 6)));
  }
}
