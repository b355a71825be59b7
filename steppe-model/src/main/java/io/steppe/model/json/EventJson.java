package io.steppe.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.model.Event;
import io.steppe.model.Location;
import io.steppe.model.SteppeException;
import org.jspecify.annotations.Nullable;

/**
 * Writes events as CONTRACT.md event lines. Fields keep the contract's order so that the same
 * events always give the same bytes.
 */
public final class EventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {}

  /** One event as one JSON line, without the line break. */
  public static String line(Event event) {
    try {
      return MAPPER.writeValueAsString(node(event));
    } catch (JsonProcessingException e) {
      throw new SteppeException("cannot write event " + event.eventId() + " as JSON", e);
    }
  }

  /** The event as a JSON tree, for callers that add fields of their own. */
  public static ObjectNode node(Event event) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("event_id", event.eventId());
    node.put("doc_id", event.docId());
    node.put("sentence_index", event.sentenceIndex());
    node.put("sentence", event.sentence());
    ArrayNode span = node.putArray("span");
    span.add(event.span().start());
    span.add(event.span().end());
    node.put("date", event.date() == null ? null : event.date().toString());
    node.set("source", ActorJson.node(event.source()));
    node.set("target", ActorJson.node(event.target()));
    node.put("cameo", event.cameo());
    node.put("cameo_root", event.cameoRoot());
    node.put("plover", event.code().plover());
    node.put("plover_mode", event.code().ploverMode().isEmpty() ? null : event.code().ploverMode());
    node.put("quad_class", event.code().quadClass());
    node.put("goldstein", event.code().goldstein());
    node.put("modality", event.modality().word());
    node.set("attribution", ActorJson.node(event.attribution()));
    node.set("location", location(event.location()));
    node.put("confidence", event.confidence());
    node.put("why", event.why());
    return node;
  }

  private static @Nullable ObjectNode location(@Nullable Location location) {
    if (location == null) {
      return null;
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", location.name());
    node.put("country", location.country());
    return node;
  }
}
