package io.steppe.store;

/**
 * What differs between the SQL of DuckDB and of PostgreSQL in the queries both stores share. The
 * rest of the SQL is written once, in the subset both databases understand.
 *
 * @param name the folder of this dialect's own migration scripts ({@code migrations/<name>/})
 * @param actorMatch a format for "one bound code equals the role's code, country or organisation";
 *     {@code %1$s} is the role (source, target)
 * @param period the start of the period (bound unit: day, week, ...) holding an event's date, as a
 *     DATE
 * @param migrationLock a statement that makes concurrent migrations of one store wait for each
 *     other inside the migration transaction, or empty when the database has one writer anyway
 * @param partyIn a format for "the role's party (its country, else its organisation) is one of two
 *     codes", which are bound twice (a, b, a, b); {@code %1$s} is the role
 */
record Dialect(
    String name, String actorMatch, String period, String migrationLock, String partyIn) {

  /**
   * DuckDB: list_contains over the three columns, not "? IN (...)" nor three ORs: DuckDB 1.4 runs
   * those forms 50-100 times slower (measured on 10 million events: 6 s against 0.1 s).
   *
   * <p>A party condition starts with a looser one on the country column alone, which DuckDB checks
   * inside the scan, so the other columns are read only for the rows that pass it. The exact
   * condition spans two columns; alone, DuckDB evaluated it after reading every column of every
   * row, and the read of a dyad's events on 100 million took twice as long.
   */
  static final Dialect DUCKDB =
      new Dialect(
          "duckdb",
          "list_contains([%1$s_code, %1$s_country, %1$s_org], ?)",
          "date_trunc(?, date)",
          "",
          "(%1$s_country IS NULL OR list_contains([?, ?], %1$s_country))"
              + " AND list_contains([?, ?], coalesce(%1$s_country, %1$s_org))");

  /**
   * PostgreSQL: date_trunc works on timestamps, and a bare DATE argument would be taken as a
   * timestamp with time zone, whose truncation depends on the session's time zone.
   */
  static final Dialect POSTGRESQL =
      new Dialect(
          "postgresql",
          "? IN (%1$s_code, %1$s_country, %1$s_org)",
          "CAST(date_trunc(?, CAST(date AS TIMESTAMP)) AS DATE)",
          "SELECT pg_advisory_xact_lock(hashtext('steppe schema migration'))",
          "(%1$s_country IN (?, ?) OR (%1$s_country IS NULL AND %1$s_org IN (?, ?)))");

  /** The condition that this role's party is one of two bound codes (bound as a, b, a, b). */
  String partyIn(String role) {
    return String.format(java.util.Locale.ROOT, partyIn, role);
  }

  /** The condition matching one bound actor code for this role. */
  String actorMatch(String role) {
    return String.format(java.util.Locale.ROOT, actorMatch, role);
  }
}
