package io.steppe.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.steppe.model.Event;
import io.steppe.model.SteppeException;
import io.steppe.model.json.EventJson;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** JSON answers: the API builds Jackson trees and writes them as UTF-8. */
final class Json {
  static final String JSON = "application/json; charset=utf-8";
  static final String PROBLEM = "application/problem+json; charset=utf-8";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Events as CONTRACT event objects. */
  static ArrayNode events(List<Event> events) {
    ArrayNode array = array();
    events.forEach(event -> array.add(EventJson.node(event)));
    return array;
  }

  static void send(Context ctx, JsonNode body) {
    write(ctx, JSON, body);
  }

  static void write(Context ctx, String contentType, JsonNode body) {
    try {
      ctx.contentType(contentType).result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new SteppeException("cannot write the answer to " + ctx.path() + " as JSON", e);
    }
  }

  static JsonNode parse(byte[] json, String what) {
    try {
      return MAPPER.readTree(new String(json, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new SteppeException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
