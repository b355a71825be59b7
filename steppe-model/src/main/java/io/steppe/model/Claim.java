package io.steppe.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement the text attributes to a named speaker ("According to Knyazev, ...", "X said ...", an
 * interview answer), kept so that what was claimed can be set beside what followed.
 *
 * @param speaker who makes the claim, as the text names them (code empty when unknown)
 * @param concerns actor codes (countries, organisations) the claim is about
 * @param how how the speaker was found: "label", "said" or "according to"
 */
public record Claim(
    String claimId,
    String docId,
    int sentenceIndex,
    String sentence,
    @Nullable LocalDate date,
    Actor speaker,
    List<String> concerns,
    String how) {

  public Claim {
    concerns = List.copyOf(concerns);
  }
}
