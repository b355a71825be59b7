package io.steppe.analytics;

import java.time.LocalDate;

/**
 * One country's alignment in one period.
 *
 * @param score half the difference between the mean Goldstein value of its asserted events with the
 *     "toward" side and with the "against" side, both directions: -10 (wholly with the against
 *     side) to +10 (wholly with the toward side); a side with no events counts as 0
 * @param towardEvents events with the toward side
 * @param againstEvents events with the against side
 */
public record AlignmentScore(
    String actor, LocalDate period, double score, int towardEvents, int againstEvents) {}
