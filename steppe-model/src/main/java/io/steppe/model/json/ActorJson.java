package io.steppe.model.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.model.Actor;
import org.jspecify.annotations.Nullable;

/**
 * Writes an actor as the CONTRACT.md actor object, {@code {"code", "country", "sector", "org",
 * "text"}} in that order. Every writer of actors goes through here so that events, the resolver
 * command and any later tool spell actors the same way.
 */
public final class ActorJson {
  private ActorJson() {}

  /** The actor object, or null for no actor; an unknown actor has a null code. */
  public static @Nullable ObjectNode node(@Nullable Actor actor) {
    if (actor == null) {
      return null;
    }
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("code", actor.code().isEmpty() ? null : actor.code());
    node.put("country", actor.country());
    node.put("sector", actor.sector());
    node.put("org", actor.org());
    node.put("text", actor.text());
    return node;
  }
}
