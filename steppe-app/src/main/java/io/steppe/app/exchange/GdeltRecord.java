package io.steppe.app.exchange;

import io.steppe.model.Actor;
import io.steppe.model.CameoCode;
import io.steppe.model.Location;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What Steppe keeps of one GDELT event row.
 *
 * @param globalEventId GDELT's event number
 * @param sourceUrl the SOURCEURL cell, or empty
 * @param day the event's day
 * @param source the Actor1 columns; an unknown actor when Actor1Code is empty
 * @param target the Actor2 columns, or null when they are empty
 * @param code the CAMEO code, from Steppe's table when it lists the code
 * @param location the ActionGeo place, or null
 */
record GdeltRecord(
    long globalEventId,
    String sourceUrl,
    LocalDate day,
    Actor source,
    @Nullable Actor target,
    CameoCode code,
    @Nullable Location location) {

  /** The id of the document that holds this row's events: one per SOURCEURL. */
  String documentId() {
    return "gdelt:" + (sourceUrl.isEmpty() ? Long.toString(globalEventId) : sourceUrl);
  }
}
