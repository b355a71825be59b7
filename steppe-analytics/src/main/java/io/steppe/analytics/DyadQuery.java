package io.steppe.analytics;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A dyad series request.
 *
 * @param first one actor (country, organisation or full code)
 * @param second the other
 * @param normalise also give events per document published in each period
 */
public record DyadQuery(
    String first,
    String second,
    Period period,
    @Nullable LocalDate since,
    @Nullable LocalDate until,
    boolean normalise) {}
