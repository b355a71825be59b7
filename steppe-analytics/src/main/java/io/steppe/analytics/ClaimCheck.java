package io.steppe.analytics;

import io.steppe.model.Claim;
import io.steppe.model.Event;
import java.util.List;

/** A claim and the asserted events about its actor that were reported after it. */
public record ClaimCheck(Claim claim, List<Event> later) {
  public ClaimCheck {
    later = List.copyOf(later);
  }
}
