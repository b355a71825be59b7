package io.steppe.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One coded "who did what to whom, when", with its evidence (CONTRACT.md "Events out").
 *
 * @param why the lexicon entry and syntactic path that produced the event
 */
public record Event(
    String eventId,
    String docId,
    int sentenceIndex,
    String sentence,
    Span span,
    @Nullable LocalDate date,
    Actor source,
    @Nullable Actor target,
    CameoCode code,
    Modality modality,
    @Nullable Actor attribution,
    @Nullable Location location,
    double confidence,
    String why) {

  public String cameo() {
    return code.code();
  }

  public String cameoRoot() {
    return code.root();
  }
}
