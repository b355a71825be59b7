package io.steppe.app.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.model.Actor;
import io.steppe.model.Event;
import io.steppe.model.SteppeException;
import org.jspecify.annotations.Nullable;

/**
 * Writes events as PLOVER JSON records, one per line. Fields, always present and in this order:
 *
 * <ul>
 *   <li>{@code id}: the Steppe event id
 *   <li>{@code date}: the event date, ISO {@code YYYY-MM-DD}, or null
 *   <li>{@code event_type}: the PLOVER type ({@code ACCUSE}), or null when the CAMEO code has none
 *   <li>{@code mode}: the PLOVER mode, or null when the type has none for this code
 *   <li>{@code actor1}, {@code actor1_country}: the source's actor code (empty when unknown) and
 *       ISO alpha-3 country
 *   <li>{@code actor2}, {@code actor2_country}: the same for the target, null when there is none
 *   <li>{@code text}: the sentence that states the event
 *   <li>{@code source_doc}: the id of the document it was coded from
 *   <li>{@code cameo}: the CAMEO code
 *   <li>{@code modality}: asserted, negated or hypothetical (PLOVER has no field for it; readers
 *       that want only events that happened keep the asserted ones)
 * </ul>
 */
public final class PloverLines {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PloverLines() {}

  /** The event as one JSON line, without the line break. */
  public static String line(Event event) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", event.eventId());
    node.put("date", event.date() == null ? null : event.date().toString());
    node.put("event_type", emptyToNull(event.code().plover()));
    node.put("mode", emptyToNull(event.code().ploverMode()));
    actor(node, "actor1", event.source());
    actor(node, "actor2", event.target());
    node.put("text", event.sentence());
    node.put("source_doc", event.docId());
    node.put("cameo", event.cameo());
    node.put("modality", event.modality().word());
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new SteppeException("cannot write event " + event.eventId() + " as PLOVER JSON", e);
    }
  }

  private static void actor(ObjectNode node, String field, @Nullable Actor actor) {
    node.put(field, actor == null ? null : actor.code());
    node.put(field + "_country", actor == null ? null : actor.country());
  }

  private static @Nullable String emptyToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
