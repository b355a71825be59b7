package io.steppe.analytics;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whose reactions to what: the actors whose stance is sought, the focal actors they react to, and
 * the window.
 *
 * @param actors country or organisation codes, one table row each
 * @param against focal actor codes (country or organisation)
 * @param reports count raw reports instead of event clusters
 */
public record ReactionQuery(
    List<String> actors,
    List<String> against,
    @Nullable LocalDate since,
    @Nullable LocalDate until,
    boolean reports) {
  public ReactionQuery {
    actors = List.copyOf(actors);
    against = List.copyOf(against);
  }

  /** Counting event clusters, the default. */
  public ReactionQuery(
      List<String> actors,
      List<String> against,
      @Nullable LocalDate since,
      @Nullable LocalDate until) {
    this(actors, against, since, until, false);
  }
}
