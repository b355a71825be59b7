package io.steppe.app.server;

import io.javalin.http.Context;
import io.steppe.model.CameoTable;
import io.steppe.model.Modality;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of one request, checked before any of them reaches the store: unknown or
 * repeated parameters are refused, and each value must have its documented form. A failed check is
 * an {@link ApiProblem} naming the parameter and saying what was expected.
 */
final class Params {
  static final Pattern CODE = Pattern.compile("[A-Z]{2,12}");
  static final int MAX_CODES = 50;
  private static final Pattern ROOT = Pattern.compile("0[1-9]|1[0-9]|20");
  private static final Pattern CAMEO = Pattern.compile("(0[1-9]|1[0-9]|20)[0-9]{0,2}");
  private static final Pattern DOCUMENT_ID = Pattern.compile("[^\\p{Cntrl}/\\\\]{1,256}");
  private static final int MAX_VALUE_LENGTH = 1000;

  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  /** The request's query parameters, refusing any not in {@code allowed} or given twice. */
  static Params of(Context ctx, Set<String> allowed) {
    Map<String, List<String>> values = ctx.queryParamMap();
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      String name = entry.getKey();
      if (!allowed.contains(name)) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "..." : name;
        throw ApiProblem.badParameter(
            shown, "is not known here; expected one of " + new TreeSet<>(allowed));
      }
      if (entry.getValue().size() > 1) {
        throw ApiProblem.badParameter(name, "is given more than once");
      }
      if (entry.getValue().get(0).length() > MAX_VALUE_LENGTH) {
        throw ApiProblem.badParameter(name, "is longer than " + MAX_VALUE_LENGTH + " characters");
      }
    }
    return new Params(values);
  }

  /** The value, or null when the parameter is absent or empty. */
  @Nullable String raw(String name) {
    List<String> given = values.get(name);
    if (given == null || given.isEmpty() || given.get(0).isEmpty()) {
      return null;
    }
    return given.get(0);
  }

  /** An actor code, country or organisation: 2 to 12 capital letters. */
  @Nullable String code(String name) {
    String value = raw(name);
    if (value != null && !CODE.matcher(value).matches()) {
      throw ApiProblem.badParameter(
          name, "must be an actor code of 2 to 12 capital letters (TJK, TJKGOV, SCO)");
    }
    return value;
  }

  /** A required comma-separated list of codes, at most {@link #MAX_CODES}, without repeats. */
  List<String> codes(String name) {
    String value = raw(name);
    if (value == null) {
      throw ApiProblem.badParameter(name, "is required: comma-separated actor codes (KAZ,UZB)");
    }
    List<String> codes = new ArrayList<>();
    for (String code : value.split(",", -1)) {
      if (!CODE.matcher(code).matches()) {
        throw ApiProblem.badParameter(
            name, "must list actor codes of 2 to 12 capital letters separated by commas");
      }
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    if (codes.size() > MAX_CODES) {
      throw ApiProblem.badParameter(name, "lists more than " + MAX_CODES + " codes");
    }
    return codes;
  }

  /** An ISO date, YYYY-MM-DD. */
  @Nullable LocalDate date(String name) {
    String value = raw(name);
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value);
      }
    } catch (DateTimeParseException e) {
      // Reported below with the other malformed dates.
    }
    throw ApiProblem.badParameter(name, "must be an ISO date YYYY-MM-DD, e.g. 2025-06-13");
  }

  /** First and last day included; null leaves that end open. */
  record Window(@Nullable LocalDate since, @Nullable LocalDate until) {}

  /** The {@code since} and {@code until} parameters, refusing an empty range. */
  Window window() {
    LocalDate since = date("since");
    LocalDate until = date("until");
    if (since != null && until != null && until.isBefore(since)) {
      throw ApiProblem.badParameter("until", "is before since: the date range is empty");
    }
    return new Window(since, until);
  }

  /** A CAMEO root code, 01 to 20. */
  @Nullable String root(String name) {
    return matching(name, ROOT, "must be a CAMEO root code from 01 to 20");
  }

  /** A CAMEO code: a root 01-20 followed by up to two digits. */
  @Nullable String cameo(String name) {
    return matching(name, CAMEO, "must be a CAMEO code of 2 to 4 digits, e.g. 111 or 0871");
  }

  /** A PLOVER event type (ACCUSE); case does not matter. */
  @Nullable String plover(String name) {
    String value = raw(name);
    if (value == null) {
      return null;
    }
    String upper = value.toUpperCase(Locale.ROOT);
    if (!CameoTable.PLOVER_TYPES.contains(upper)) {
      throw ApiProblem.badParameter(
          name, "must be a PLOVER type: one of " + new TreeSet<>(CameoTable.PLOVER_TYPES));
    }
    return upper;
  }

  /** asserted, negated or hypothetical. */
  @Nullable Modality modality(String name) {
    String value = raw(name);
    if (value == null) {
      return null;
    }
    for (Modality modality : Modality.values()) {
      if (modality.word().equals(value)) {
        return modality;
      }
    }
    throw ApiProblem.badParameter(name, "must be asserted, negated or hypothetical");
  }

  /** A whole number in [min, max], or the fallback when absent. */
  int integer(String name, int fallback, int min, int max) {
    String value = raw(name);
    if (value == null) {
      return fallback;
    }
    String range = "must be a whole number from " + min + " to " + max;
    if (!value.matches("[0-9]{1,9}")) {
      throw ApiProblem.badParameter(name, range);
    }
    int number = Integer.parseInt(value);
    if (number < min || number > max) {
      throw ApiProblem.badParameter(name, range + ", found " + number);
    }
    return number;
  }

  /** A path parameter that must be an actor code. */
  static String pathCode(Context ctx, String name) {
    String value = ctx.pathParam(name);
    if (!CODE.matcher(value).matches()) {
      throw ApiProblem.badParameter(name, "must be an actor code of 2 to 12 capital letters");
    }
    return value;
  }

  /** A path parameter that must be a document id: 1 to 256 characters, no slash or control. */
  static String documentId(Context ctx, String name) {
    String value = ctx.pathParam(name);
    if (!DOCUMENT_ID.matcher(value).matches()) {
      throw ApiProblem.badParameter(
          name, "must be a document id of 1 to 256 characters without slashes or controls");
    }
    return value;
  }

  private @Nullable String matching(String name, Pattern pattern, String expected) {
    String value = raw(name);
    if (value != null && !pattern.matcher(value).matches()) {
      throw ApiProblem.badParameter(name, expected);
    }
    return value;
  }
}
