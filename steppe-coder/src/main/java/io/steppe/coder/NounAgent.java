package io.steppe.coder;

import io.steppe.coder.ActorFinder.Found;
import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who performed a nominal event and the actors named there: whom a statement holds responsible for
 * it, the noun's own possessor, adjective or "by"/"of" phrase, or else its light verb's subject
 * ("Italy announced a suspension of flights"), or a "by" phrase the parser hung on the noun after
 * it. A phrase of the noun's own that names no known actor ("the withdrawal of some invasion
 * forces", "a suspension of air links") yields to a light verb subject that does.
 */
final class NounAgent {
  /** The agent's token and path, and the actors resolved from it (possibly unknown ones). */
  record Agent(SourceFinder.Source source, List<Found> actors) {}

  private final ActorFinder finder;
  private final Lexicon lexicon;

  NounAgent(ActorFinder finder, Lexicon lexicon) {
    this.finder = finder;
    this.lexicon = lexicon;
  }

  @Nullable Agent of(Tree tree, Token noun, @Nullable LocalDate day, Discourse discourse) {
    boolean event = lexicon.isEventNoun(Tree.lower(noun));
    // "X was responsible for the killing of Y": Y is whom it was done to, X who did it.
    SourceFinder.Source responsible = event ? SourceFinder.ofResponsible(tree, noun) : null;
    if (responsible != null) {
      return new Agent(responsible, finder.find(tree, responsible.token(), day, discourse));
    }
    Token own = finder.agentToken(tree, noun);
    Agent ownAgent = null;
    if (own != null) {
      SourceFinder.Source source = new SourceFinder.Source(own, own.relation() + " -> source");
      ownAgent = new Agent(source, finder.find(tree, own, day, discourse));
      if (anyKnown(ownAgent.actors())) {
        return ownAgent;
      }
    }
    // Only an event the lexicon knows is worth resolving its light verb's subject for.
    SourceFinder.Source light = event ? SourceFinder.ofLightNoun(tree, noun) : null;
    if (light != null) {
      List<Found> actors = finder.find(tree, light.token(), day, discourse);
      if (ownAgent == null || anyKnown(actors)) {
        return new Agent(light, actors);
      }
    }
    SourceFinder.Source misattached =
        event && ownAgent == null ? SourceFinder.ofMisattachedBy(tree, noun) : null;
    return misattached == null
        ? ownAgent
        : new Agent(misattached, finder.find(tree, misattached.token(), day, discourse));
  }

  private static boolean anyKnown(List<Found> actors) {
    for (Found found : actors) {
      if (found.actor().isKnown()) {
        return true;
      }
    }
    return false;
  }
}
