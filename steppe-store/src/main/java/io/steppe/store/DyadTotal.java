package io.steppe.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Events from one party to another in one period.
 *
 * @param source country code, else organisation code, of the source
 * @param target the same for the target
 * @param period first day of the period, or null for a total over all dates
 * @param goldstein sum of the events' Goldstein values
 */
public record DyadTotal(
    String source, String target, @Nullable LocalDate period, long events, double goldstein) {}
