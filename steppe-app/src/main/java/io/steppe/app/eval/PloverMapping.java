package io.steppe.app.eval;

import io.steppe.model.CameoTable;
import io.steppe.model.TsvLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The 2016 PLOVER draft's event categories mapped to today's 16 types, read from {@code
 * plover-draft-mapping.tsv} (format in its header).
 */
final class PloverMapping {
  static final String NOT_AN_EVENT = "-";

  private final Map<String, String> types = new HashMap<>();

  private PloverMapping(List<TsvLine> lines) {
    for (TsvLine line : lines) {
      line.requireCells(4, 4);
      String type = line.cell(2);
      if (!type.equals(NOT_AN_EVENT) && !CameoTable.PLOVER_TYPES.contains(type)) {
        throw line.error("unknown PLOVER type '" + type + "'");
      }
      if (types.put(line.cell(0) + "|" + line.cell(1), type) != null) {
        throw line.error("category and mode mapped twice");
      }
    }
  }

  static PloverMapping bundled() {
    return new PloverMapping(TsvLine.readResource(PloverMapping.class, "plover-draft-mapping.tsv"));
  }

  /** Today's type for a draft category and mode, {@link #NOT_AN_EVENT}, or null if unmapped. */
  @Nullable String type(String draftEvent, @Nullable String mode) {
    String exact = mode == null ? null : types.get(draftEvent + "|" + mode);
    return exact != null ? exact : types.get(draftEvent + "|*");
  }
}
