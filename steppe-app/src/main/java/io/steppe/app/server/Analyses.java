package io.steppe.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.analytics.Alignment;
import io.steppe.analytics.AlignmentQuery;
import io.steppe.analytics.AlignmentScore;
import io.steppe.analytics.ClaimCheck;
import io.steppe.analytics.Claims;
import io.steppe.analytics.Dyads;
import io.steppe.analytics.Period;
import io.steppe.analytics.ReactionQuery;
import io.steppe.analytics.ReactionRow;
import io.steppe.analytics.Reactions;
import io.steppe.analytics.Stance;
import io.steppe.model.Claim;
import io.steppe.model.json.ActorJson;
import io.steppe.store.DyadTotal;
import io.steppe.store.EventStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one place the server calls {@code steppe-analytics}: each method takes checked values, runs
 * one analysis and returns its JSON. A new analysis is a method here and a route in {@link
 * AnalysisApi}.
 */
final class Analyses {
  private static final String[] QUADS = {
    "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"
  };

  private final EventStore store;

  Analyses(EventStore store) {
    this.store = store;
  }

  /** The reaction table: each actor's strongest asserted stance toward the focal actors. */
  ArrayNode reactions(
      List<String> actors,
      List<String> against,
      @Nullable LocalDate since,
      @Nullable LocalDate until) {
    ReactionQuery query = new ReactionQuery(actors, against, since, until);
    ArrayNode rows = Json.array();
    for (ReactionRow row : new Reactions(store).compute(query)) {
      rows.add(reactionJson(row));
    }
    return rows;
  }

  /** The busiest directed dyads by asserted events. */
  ArrayNode busiestDyads(int limit) {
    ArrayNode dyads = Json.array();
    for (DyadTotal dyad : new Dyads(store).busiest(limit)) {
      ObjectNode node = dyads.addObject();
      node.put("source", dyad.source());
      node.put("target", dyad.target());
      node.put("events", dyad.events());
      node.put("goldstein", dyad.goldstein());
    }
    return dyads;
  }

  /** Alignment per country and year toward one side against the other. */
  ArrayNode alignment(List<String> toward, List<String> against, Period period) {
    AlignmentQuery query = new AlignmentQuery(List.of(), toward, against, period, null, null);
    ArrayNode scores = Json.array();
    for (AlignmentScore score : new Alignment(store).scores(query)) {
      ObjectNode node = scores.addObject();
      node.put("actor", score.actor());
      node.put("period", score.period().toString());
      node.put("score", score.score());
      node.put("toward_events", score.towardEvents());
      node.put("against_events", score.againstEvents());
    }
    return scores;
  }

  /** Claims about an actor, each with the asserted events about it reported later. */
  ArrayNode claims(String about, int later) {
    ArrayNode claims = Json.array();
    for (ClaimCheck check : new Claims(store).about(about, later)) {
      ObjectNode node = claims.addObject();
      Claim claim = check.claim();
      node.put("claim_id", claim.claimId());
      node.put("doc_id", claim.docId());
      node.put("sentence_index", claim.sentenceIndex());
      node.put("sentence", claim.sentence());
      node.put("date", claim.date() == null ? null : claim.date().toString());
      node.set("speaker", ActorJson.node(claim.speaker()));
      claim.concerns().forEach(node.putArray("concerns")::add);
      node.put("how", claim.how());
      node.set("later", Json.events(check.later()));
    }
    return claims;
  }

  /** Every stance a reaction row can show, strongest first, for clients' legends. */
  static ArrayNode stances() {
    ArrayNode stances = Json.array();
    for (Stance stance : Stance.values()) {
      ObjectNode node = stances.addObject();
      node.put("stance", key(stance));
      node.put("label", stance.label());
    }
    return stances;
  }

  private static ObjectNode reactionJson(ReactionRow row) {
    ObjectNode node = Json.object();
    node.put("actor", row.actor());
    node.put("stance", key(row.stance()));
    node.put("stance_label", row.stance().label());
    ObjectNode quads = node.putObject("quad_counts");
    int[] counts = row.quadCounts();
    for (int i = 0; i < QUADS.length; i++) {
      quads.put(QUADS[i], counts[i]);
    }
    node.set("evidence", Json.events(row.evidence()));
    node.set("denied", Json.events(row.denied()));
    return node;
  }

  private static String key(Stance stance) {
    return stance.name().toLowerCase(Locale.ROOT);
  }
}
