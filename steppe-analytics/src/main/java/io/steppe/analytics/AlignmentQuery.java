package io.steppe.analytics;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whose alignment, toward whom, against whom, over which periods.
 *
 * @param actors countries scored; empty for every country with events toward either side
 * @param toward the actors alignment is measured toward ("USA,ISR")
 * @param against the actors it is measured against ("IRN,RUS")
 */
public record AlignmentQuery(
    List<String> actors,
    List<String> toward,
    List<String> against,
    Period period,
    @Nullable LocalDate since,
    @Nullable LocalDate until) {
  public AlignmentQuery {
    actors = List.copyOf(actors);
    toward = List.copyOf(toward);
    against = List.copyOf(against);
  }
}
