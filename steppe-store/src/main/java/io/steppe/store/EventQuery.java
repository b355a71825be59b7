package io.steppe.store;

import io.steppe.model.Modality;
import io.steppe.model.SteppeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which events to read; a null criterion matches every event. Start from {@link #all()} and narrow
 * it with the {@code with} methods.
 *
 * @param source actor code ({@code TJKGOV}), country ({@code TJK}) or organisation ({@code SCO}) of
 *     the source
 * @param target the same for the target; events without a target never match a target filter
 * @param root CAMEO root code ("11")
 * @param cameo full CAMEO code ("111")
 * @param plover PLOVER event type ("ACCUSE")
 * @param since first event date included
 * @param until last event date included
 * @param modality asserted, negated or hypothetical
 * @param limit the most events to return, or 0 for no limit
 */
public record EventQuery(
    @Nullable String source,
    @Nullable String target,
    @Nullable String root,
    @Nullable String cameo,
    @Nullable String plover,
    @Nullable LocalDate since,
    @Nullable LocalDate until,
    @Nullable Modality modality,
    int limit) {

  /** Checks the limit and the date range. */
  public EventQuery {
    if (limit < 0) {
      throw new SteppeException("event limit must be 0 (no limit) or more, found " + limit);
    }
    if (since != null && until != null && until.isBefore(since)) {
      throw new SteppeException("event date range is empty: since " + since + ", until " + until);
    }
  }

  /** Every event, without limit. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, null, null, null, 0);
  }

  /** This query, for events whose source has this code, country or organisation. */
  public EventQuery withSource(@Nullable String actor) {
    return new EventQuery(actor, target, root, cameo, plover, since, until, modality, limit);
  }

  /** This query, for events whose target has this code, country or organisation. */
  public EventQuery withTarget(@Nullable String actor) {
    return new EventQuery(source, actor, root, cameo, plover, since, until, modality, limit);
  }

  /** This query, for events with this CAMEO root code. */
  public EventQuery withRoot(@Nullable String cameoRoot) {
    return new EventQuery(source, target, cameoRoot, cameo, plover, since, until, modality, limit);
  }

  /** This query, for events with this CAMEO code. */
  public EventQuery withCameo(@Nullable String code) {
    return new EventQuery(source, target, root, code, plover, since, until, modality, limit);
  }

  /** This query, for events of this PLOVER type. */
  public EventQuery withPlover(@Nullable String type) {
    return new EventQuery(source, target, root, cameo, type, since, until, modality, limit);
  }

  /** This query, for events dated on or after this day. */
  public EventQuery withSince(@Nullable LocalDate first) {
    return new EventQuery(source, target, root, cameo, plover, first, until, modality, limit);
  }

  /** This query, for events dated on or before this day. */
  public EventQuery withUntil(@Nullable LocalDate last) {
    return new EventQuery(source, target, root, cameo, plover, since, last, modality, limit);
  }

  /** This query, for events of this modality. */
  public EventQuery withModality(@Nullable Modality wanted) {
    return new EventQuery(source, target, root, cameo, plover, since, until, wanted, limit);
  }

  /** This query, returning at most this many events (0 for no limit). */
  public EventQuery withLimit(int most) {
    return new EventQuery(source, target, root, cameo, plover, since, until, modality, most);
  }
}
