package io.steppe.store;

import io.steppe.model.Event;
import java.util.List;

/**
 * What a dyad series reads: totals per direction, period, quad class and PLOVER type, and the
 * strongest events per direction and period.
 */
public record DyadRows(List<PeriodTotal> totals, List<Event> strongest) {
  public DyadRows {
    totals = List.copyOf(totals);
    strongest = List.copyOf(strongest);
  }
}
