package io.steppe.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the lines of one JSON Lines file into documents (CONTRACT.md "Documents in"). Keeps the ids
 * seen so far, so one instance serves one file.
 */
final class JsonLineParser {
  // Strict on purpose: a repeated key or text after the object means the line was built wrongly,
  // and guessing which value was meant would hide that.
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final String file;
  private final Map<String, Integer> firstLineById = new HashMap<>();

  JsonLineParser(String file) {
    this.file = file;
  }

  /** The document on line {@code lineNumber}, or why there is none. */
  IngestItem parse(String json, int lineNumber) {
    String origin = file + ":" + lineNumber;
    IngestItem item = parseAlone(json, origin);
    try {
      if (item instanceof IngestItem.Accepted accepted) {
        checkNewId(accepted.document().id(), lineNumber);
      }
      return item;
    } catch (RejectedInputException e) {
      return e.at(origin);
    }
  }

  /** The document on one line, or why there is none, without looking at other lines' ids. */
  static IngestItem parseAlone(String json, String origin) {
    try {
      return toDraft(readObject(json)).toItem(origin);
    } catch (RejectedInputException e) {
      return e.at(origin);
    }
  }

  private void checkNewId(String id, int lineNumber) throws RejectedInputException {
    Integer first = firstLineById.putIfAbsent(id, lineNumber);
    if (first != null) {
      throw new RejectedInputException(
          "duplicate id \"" + id + "\" (first used on line " + first + ")");
    }
  }

  private static JsonNode readObject(String json) throws RejectedInputException {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String column = location == null ? "" : " at column " + location.getColumnNr();
      throw new RejectedInputException("invalid JSON" + column + ": " + e.getOriginalMessage());
    }
    if (!node.isObject()) {
      throw new RejectedInputException("expected a JSON object, found " + kind(node));
    }
    return node;
  }

  private static DocumentDraft toDraft(JsonNode object) throws RejectedInputException {
    String id = required(object, "id");
    String text = required(object, "text");
    return new DocumentDraft(
        id,
        DateParser.parseOrNull(optional(object, "date")),
        optional(object, "title"),
        optional(object, "source"),
        optional(object, "url"),
        text);
  }

  private static String required(JsonNode object, String field) throws RejectedInputException {
    String value = optional(object, field);
    if (value == null) {
      throw new RejectedInputException("missing required field \"" + field + "\"");
    }
    if (value.isBlank()) {
      throw new RejectedInputException("field \"" + field + "\" is blank");
    }
    return value;
  }

  private static @Nullable String optional(JsonNode object, String field)
      throws RejectedInputException {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new RejectedInputException(
          "field \"" + field + "\" must be a string, found " + kind(value));
    }
    return value.textValue();
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
