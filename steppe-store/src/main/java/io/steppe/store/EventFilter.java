package io.steppe.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns an {@link EventQuery} into a SELECT over {@code events}. Only fixed column names enter the
 * SQL text; every value the user gave is a bound parameter.
 *
 * @param sql the statement
 * @param parameters its parameter values, in order
 */
record EventFilter(String sql, List<@Nullable Object> parameters) {

  private static final String ORDER = " ORDER BY date, doc_id, sentence_index, event_id";

  /** The SELECT for this query. */
  static EventFilter of(EventQuery query, Dialect dialect) {
    List<@Nullable Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT ").append(EventReader.COLUMNS);
    sql.append(" FROM events").append(where(query, dialect, parameters, List.of()));
    sql.append(ORDER);
    if (query.limit() > 0) {
      sql.append(" LIMIT ?");
      parameters.add(query.limit());
    }
    return new EventFilter(sql.toString(), parameters);
  }

  /**
   * Events per directed pair of parties (country, else organisation) and period, with their
   * Goldstein sum: the whole event graph in one grouped scan, however many events there are.
   *
   * @param unit a date_trunc unit ("month", "year"), or null for one total per pair
   */
  static EventFilter dyadTotals(EventQuery query, @Nullable String unit, Dialect dialect) {
    List<@Nullable Object> parameters = new ArrayList<>();
    String period = unit == null ? "CAST(NULL AS DATE)" : dialect.period();
    if (unit != null) {
      parameters.add(unit);
    }
    String sql =
        "SELECT coalesce(source_country, source_org) AS source, coalesce(target_country, target_org)"
            + " AS target, "
            + period
            + " AS period, count(*) AS events, sum(goldstein) AS goldstein FROM events"
            + where(query, dialect, parameters, List.of(PARTY_SOURCE, PARTY_TARGET))
            + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
    return new EventFilter(sql, parameters);
  }

  /** The ids of the documents holding events that match the query. */
  static EventFilter documents(EventQuery query, Dialect dialect) {
    List<@Nullable Object> parameters = new ArrayList<>();
    String sql =
        "SELECT DISTINCT doc_id FROM events" + where(query, dialect, parameters, List.of());
    return new EventFilter(sql, parameters);
  }

  private static final String SOURCE_PARTY = "coalesce(source_country, source_org)";
  private static final String TARGET_PARTY = "coalesce(target_country, target_org)";

  /**
   * The conditions for events between two parties, either way. Each side is the dialect's party
   * condition ({@link Dialect#partyIn}), which leads with the plain columns: on the party
   * expressions alone ({@code coalesce(...) IN (...)}) DuckDB evaluated every row, and a dyad
   * series on 100 million events took 6 s.
   */
  private static List<String> between(
      List<@Nullable Object> parameters, String a, String b, Dialect dialect) {
    parameters.addAll(List.of(a, b, a, b, a, b, a, b));
    return List.of(
        dialect.partyIn("source"),
        dialect.partyIn("target"),
        SOURCE_PARTY + " <> " + TARGET_PARTY,
        "date IS NOT NULL");
  }

  /**
   * The ids of the strongest events (largest absolute Goldstein value) between two parties per
   * period and direction, at most {@code perPeriod} each. Only ids are ranked: ranking whole rows
   * carried every column of every matching event through the sort (4.7 s on 100 million events,
   * against 1.6 s), and the few rows wanted are then read by their key ({@link #byIds}).
   */
  static EventFilter strongestIds(
      EventQuery query, String unit, Pair pair, int perPeriod, Dialect dialect) {
    List<@Nullable Object> parameters = new ArrayList<>();
    parameters.add(unit);
    List<String> between = between(parameters, pair.a(), pair.b(), dialect);
    String ranked =
        "SELECT event_id, row_number() OVER (PARTITION BY "
            + dialect.period()
            + ", "
            + SOURCE_PARTY
            + ", "
            + TARGET_PARTY
            + " ORDER BY abs(goldstein) DESC, event_id) AS rank_in_period FROM events"
            + where(query, dialect, parameters, between);
    parameters.add(perPeriod);
    return new EventFilter(
        "SELECT event_id FROM (" + ranked + ") AS ranked WHERE rank_in_period <= ?", parameters);
  }

  /** The events with these ids, in the usual order. */
  static EventFilter byIds(List<String> ids) {
    String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
    return new EventFilter(
        "SELECT " + EventReader.COLUMNS + " FROM events WHERE event_id IN (" + marks + ")" + ORDER,
        new ArrayList<>(ids));
  }

  /** Events between two parties per direction, period, quad class and PLOVER type. */
  static EventFilter periodTotals(EventQuery query, String unit, Pair pair, Dialect dialect) {
    List<@Nullable Object> parameters = new ArrayList<>();
    parameters.add(unit);
    List<String> between = between(parameters, pair.a(), pair.b(), dialect);
    String sql =
        "SELECT "
            + SOURCE_PARTY
            + " AS source, "
            + TARGET_PARTY
            + " AS target, "
            + dialect.period()
            + " AS period, quad_class, plover, count(*) AS events,"
            + " sum(goldstein) AS goldstein FROM events"
            + where(query, dialect, parameters, between)
            + " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5";
    return new EventFilter(sql, parameters);
  }

  /** Two parties (country or organisation codes) whose events either way are wanted. */
  record Pair(String a, String b) {}

  private static final String PARTY_SOURCE = "coalesce(source_country, source_org) IS NOT NULL";
  private static final String PARTY_TARGET = "coalesce(target_country, target_org) IS NOT NULL";

  /** The WHERE clause of the query's conditions after the {@code extra} ones; empty if none. */
  static String where(
      EventQuery query, Dialect dialect, List<@Nullable Object> parameters, List<String> extra) {
    List<String> conditions = conditions(query, dialect, parameters, extra);
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /**
   * The events matching any of the queries, each once, ordered by the first query they match, then
   * as {@link #of}. One statement reads them all: on DuckDB the queries of a reaction table, read
   * one by one, each read every column of every event in their window.
   */
  static EventFilter anyOf(List<EventQuery> queries, Dialect dialect) {
    List<@Nullable Object> parameters = new ArrayList<>();
    List<String> matches = new ArrayList<>();
    for (EventQuery query : queries) {
      matches.add(conjunction(query, dialect, parameters));
    }
    StringBuilder first = new StringBuilder("CASE");
    for (int i = 0; i < queries.size(); i++) {
      first.append(" WHEN ").append(conjunction(queries.get(i), dialect, parameters));
      first.append(" THEN ").append(i);
    }
    String sql =
        "SELECT "
            + EventReader.COLUMNS
            + " FROM events WHERE "
            + String.join(" OR ", matches)
            + " ORDER BY "
            + first
            + " END, date, doc_id, sentence_index, event_id";
    return new EventFilter(sql, parameters);
  }

  private static String conjunction(
      EventQuery query, Dialect dialect, List<@Nullable Object> parameters) {
    List<String> conditions = conditions(query, dialect, parameters, List.of());
    return conditions.isEmpty() ? "TRUE" : "(" + String.join(" AND ", conditions) + ")";
  }

  private static List<String> conditions(
      EventQuery query, Dialect dialect, List<@Nullable Object> parameters, List<String> extra) {
    List<String> conditions = new ArrayList<>(extra);
    actor(conditions, parameters, dialect.actorMatch("source"), query.source());
    actor(conditions, parameters, dialect.actorMatch("target"), query.target());
    equal(conditions, parameters, "cameo_root", query.root());
    equal(conditions, parameters, "cameo", query.cameo());
    equal(conditions, parameters, "plover", upper(query.plover()));
    if (query.since() != null) {
      conditions.add("date >= ?");
      parameters.add(query.since());
    }
    if (query.until() != null) {
      conditions.add("date <= ?");
      parameters.add(query.until());
    }
    if (query.modality() != null) {
      equal(conditions, parameters, "modality", query.modality().word());
    }
    return conditions;
  }

  /** An actor matches by its full code, its country or its organisation (see {@link Dialect}). */
  private static void actor(
      List<String> conditions,
      List<@Nullable Object> parameters,
      String match,
      @Nullable String value) {
    String code = upper(value);
    if (code == null) {
      return;
    }
    conditions.add(match);
    parameters.add(code);
  }

  private static void equal(
      List<String> conditions,
      List<@Nullable Object> parameters,
      String column,
      @Nullable String value) {
    if (value != null) {
      conditions.add(column + " = ?");
      parameters.add(value);
    }
  }

  private static @Nullable String upper(@Nullable String value) {
    return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
  }
}
