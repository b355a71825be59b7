package io.steppe.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of a read-only SQL query, every value as text.
 *
 * @param columns the column names, in order
 * @param rows the rows; each has one value per column, null for SQL NULL
 */
public record QueryResult(List<String> columns, List<List<@Nullable String>> rows) {

  /** How SQL NULL is shown by {@link #formatTable()}. */
  public static final String NULL_TEXT = "NULL";

  /** Copies the lists and checks that every row has one value per column. */
  public QueryResult {
    columns = List.copyOf(columns);
    List<List<@Nullable String>> copies = new ArrayList<>(rows.size());
    for (List<@Nullable String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "row has " + row.size() + " values for " + columns.size() + " columns: " + row);
      }
      copies.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copies);
  }

  /**
   * Renders an aligned text table: a header, a rule, one line per row and a row count, e.g.
   *
   * <pre>
   * source_country | events
   * ---------------+-------
   * TJK            | 3
   * (1 row)
   * </pre>
   */
  public String formatTable() {
    int[] widths = widths();
    StringBuilder out = new StringBuilder();
    appendLine(out, columns, widths);
    for (int i = 0; i < widths.length; i++) {
      out.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
    }
    out.append('\n');
    for (List<@Nullable String> row : rows) {
      appendLine(out, row, widths);
    }
    out.append('(').append(rows.size()).append(rows.size() == 1 ? " row)" : " rows)").append('\n');
    return out.toString();
  }

  private int[] widths() {
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = columns.get(i).length();
      for (List<@Nullable String> row : rows) {
        widths[i] = Math.max(widths[i], shown(row.get(i)).length());
      }
    }
    return widths;
  }

  private static void appendLine(
      StringBuilder out, List<? extends @Nullable String> values, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      String value = shown(values.get(i));
      line.append(i == 0 ? "" : " | ").append(value).append(" ".repeat(widths[i] - value.length()));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String shown(@Nullable String value) {
    return Objects.requireNonNullElse(value, NULL_TEXT).replace('\n', ' ');
  }
}
