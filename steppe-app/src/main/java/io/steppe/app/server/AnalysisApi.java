package io.steppe.app.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.steppe.analytics.Period;
import io.steppe.store.EventStore;
import java.util.List;
import java.util.Set;

/** Handlers for analyses: {@code /api/reactions} and {@code /api/dyads}. */
final class AnalysisApi {
  static final int DEFAULT_DYADS = 10;
  static final int MAX_DYADS = 100;

  private static final Set<String> REACTION_PARAMS = Set.of("against", "actors", "since", "until");
  private static final Set<String> DYAD_PARAMS = Set.of("limit");
  private static final Set<String> ALIGNMENT_PARAMS = Set.of("toward", "against");
  private static final Set<String> CLAIM_PARAMS = Set.of("about", "later");

  private final Analyses analyses;

  AnalysisApi(EventStore store) {
    this.analyses = new Analyses(store);
  }

  /** {@code GET /api/reactions}: each actor's reaction to the focal actors in the window. */
  void reactions(Context ctx) {
    Params params = Params.of(ctx, REACTION_PARAMS);
    List<String> against = params.codes("against");
    List<String> actors = params.codes("actors");
    Params.Window window = params.window();
    ObjectNode body = Json.object();
    against.forEach(body.putArray("against")::add);
    actors.forEach(body.putArray("actors")::add);
    body.put("since", window.since() == null ? null : window.since().toString());
    body.put("until", window.until() == null ? null : window.until().toString());
    body.set("stances", Analyses.stances());
    body.set("rows", analyses.reactions(actors, against, window.since(), window.until()));
    Json.send(ctx, body);
  }

  /** {@code GET /api/alignment}: per country and year, toward one side against the other. */
  void alignment(Context ctx) {
    Params params = Params.of(ctx, ALIGNMENT_PARAMS);
    List<String> toward = params.codes("toward");
    List<String> against = params.codes("against");
    ObjectNode body = Json.object();
    toward.forEach(body.putArray("toward")::add);
    against.forEach(body.putArray("against")::add);
    body.put(
        "method",
        "half the difference between the mean Goldstein value of a country's asserted events with"
            + " the toward side and with the against side, both directions, per year (-10..+10)");
    body.set("scores", analyses.alignment(toward, against, Period.YEAR));
    Json.send(ctx, body);
  }

  /** {@code GET /api/claims?about=KAZ}: claims about an actor beside what followed. */
  void claims(Context ctx) {
    Params params = Params.of(ctx, CLAIM_PARAMS);
    String about = params.code("about");
    if (about == null) {
      throw ApiProblem.badParameter("about", "is required: an actor code (KAZ)");
    }
    int later = params.integer("later", 5, 0, 50);
    ObjectNode body = Json.object();
    body.put("about", about);
    body.set("claims", analyses.claims(about, later));
    Json.send(ctx, body);
  }

  /** {@code GET /api/dyads}: the busiest directed dyads. */
  void dyads(Context ctx) {
    Params params = Params.of(ctx, DYAD_PARAMS);
    int limit = params.integer("limit", DEFAULT_DYADS, 1, MAX_DYADS);
    ObjectNode body = Json.object();
    body.put("limit", limit);
    body.set("dyads", analyses.busiestDyads(limit));
    Json.send(ctx, body);
  }
}
