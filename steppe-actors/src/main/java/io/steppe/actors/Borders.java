package io.steppe.actors;

import io.steppe.model.TsvLine;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Land borders from {@code borders.tsv}; the file is checked to be symmetric when loaded. */
public final class Borders {
  private static final Borders BUNDLED =
      new Borders(TsvLine.readResource(Borders.class, "borders.tsv"));

  private final Map<String, List<String>> neighbours = new LinkedHashMap<>();

  Borders(List<TsvLine> lines) {
    Map<String, TsvLine> origins = new LinkedHashMap<>();
    for (TsvLine line : lines) {
      line.requireCells(2, 2);
      String code = line.cell(0);
      if (!code.matches("[A-Z]{3}")) {
        throw line.error("expected an ISO alpha-3 code, found '" + code + "'");
      }
      if (neighbours.put(code, List.copyOf(Arrays.asList(line.cell(1).split("\\s+")))) != null) {
        throw line.error("borders of " + code + " listed twice");
      }
      origins.put(code, line);
    }
    neighbours.forEach(
        (code, list) -> {
          for (String other : list) {
            List<String> back = neighbours.get(other);
            if (back != null && !back.contains(code)) {
              throw origins.get(other).error(other + " borders " + code + " but does not list it");
            }
          }
        });
  }

  public static Borders bundled() {
    return BUNDLED;
  }

  /** The land neighbours of a country, or an empty list when the file does not cover it. */
  public List<String> of(String code) {
    return neighbours.getOrDefault(code, List.of());
  }

  public boolean covers(String code) {
    return neighbours.containsKey(code);
  }
}
