package io.steppe.store;

import java.time.LocalDate;

/**
 * Events from one party to another in one period, of one quad class and PLOVER type, with their
 * Goldstein sum.
 */
public record PeriodTotal(
    String source,
    String target,
    LocalDate period,
    int quadClass,
    String plover,
    long events,
    double goldstein) {}
