package io.steppe.store;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * DuckDB's read of the events between two parties, either way: the columns that a dyad series'
 * totals and evidence need, with each event's parties and period, in one statement.
 *
 * <p>It is a union of one scan per way the two sides name their parties: both by country (most
 * events), the source by organisation, or the target by organisation. Each scan then filters on
 * single columns, which DuckDB checks inside the scan, and reads the organisation columns only for
 * events that have no country. One scan over the party expressions ({@code coalesce(country, org)})
 * read both organisation columns of every row, though they are nearly always empty: on 100 million
 * events that was as costly as all the other columns together.
 */
final class DyadScan {

  /**
   * One way of naming the parties: a condition on each side, each holding pairs of marks for the
   * two party codes, and the expressions that give the parties.
   */
  private record Branch(String source, String target, String sourceParty, String targetParty) {}

  private static final List<Branch> BRANCHES =
      List.of(
          new Branch(
              "list_contains([?, ?], source_country)",
              "list_contains([?, ?], target_country)",
              "source_country",
              "target_country"),
          new Branch(
              "source_country IS NULL AND list_contains([?, ?], source_org)",
              Dialect.DUCKDB.partyIn("target"),
              "source_org",
              "coalesce(target_country, target_org)"),
          new Branch(
              "list_contains([?, ?], source_country)",
              "target_country IS NULL AND list_contains([?, ?], target_org)",
              "source_country",
              "target_org"));

  private DyadScan() {}

  /**
   * The statement, with columns event_id, source, target, period, quad_class, plover and goldstein.
   *
   * @param unit a date_trunc unit (day, week, month, quarter, year)
   */
  static EventFilter rows(EventQuery query, String unit, EventFilter.Pair pair) {
    List<@Nullable Object> parameters = new ArrayList<>();
    List<String> scans = new ArrayList<>();
    for (Branch branch : BRANCHES) {
      parameters.add(unit);
      bindPairs(parameters, branch.source(), pair);
      bindPairs(parameters, branch.target(), pair);
      List<String> conditions =
          List.of(
              branch.source(),
              branch.target(),
              branch.sourceParty() + " <> " + branch.targetParty(),
              "date IS NOT NULL");
      scans.add(
          "SELECT event_id, "
              + branch.sourceParty()
              + " AS source, "
              + branch.targetParty()
              + " AS target, "
              + Dialect.DUCKDB.period()
              + " AS period, quad_class, plover, goldstein FROM events"
              + EventFilter.where(query, Dialect.DUCKDB, parameters, conditions));
    }
    return new EventFilter(String.join(" UNION ALL ", scans), parameters);
  }

  private static void bindPairs(
      List<@Nullable Object> parameters, String condition, EventFilter.Pair pair) {
    long marks = condition.chars().filter(c -> c == '?').count();
    for (long i = 0; i < marks; i += 2) {
      parameters.add(pair.a());
      parameters.add(pair.b());
    }
  }
}
