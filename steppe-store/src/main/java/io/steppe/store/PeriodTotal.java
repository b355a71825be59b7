package io.steppe.store;

import java.time.LocalDate;

/** Events of one period, quad class and PLOVER type, with their Goldstein sum. */
public record PeriodTotal(
    LocalDate period, int quadClass, String plover, long events, double goldstein) {}
