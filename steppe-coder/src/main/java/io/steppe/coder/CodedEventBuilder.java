package io.steppe.coder;

import io.steppe.model.Actor;
import io.steppe.model.CameoCode;
import io.steppe.model.Event;
import io.steppe.model.Location;
import io.steppe.model.Modality;
import io.steppe.model.Span;
import io.steppe.model.text.Token;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The parts of one event as the coder finds them, before they become an {@link Event}.
 *
 * @param head the verb or event noun
 * @param why lexicon entry and syntactic path
 */
record CodedEventBuilder(
    CameoCode code,
    Token head,
    ActorFinder.Found source,
    ActorFinder.@Nullable Found target,
    Modality modality,
    @Nullable Actor attribution,
    @Nullable Location location,
    @Nullable LocalDate date,
    String why) {

  /** This event with another code, target and reason; the rest stays. */
  CodedEventBuilder recoded(
      CameoCode newCode, ActorFinder.@Nullable Found newTarget, String newWhy) {
    return new CodedEventBuilder(
        newCode, head, source, newTarget, modality, attribution, location, date, newWhy);
  }

  /** The same event between other actors, explained by {@code newWhy}. */
  CodedEventBuilder withActors(
      ActorFinder.Found newSource, ActorFinder.@Nullable Found newTarget, String newWhy) {
    return new CodedEventBuilder(
        code, head, newSource, newTarget, modality, attribution, location, date, newWhy);
  }

  Event build(Tree tree, String docId, int ordinal) {
    int begin = head.begin();
    int end = head.end();
    for (ActorFinder.Found found : new ActorFinder.Found[] {source, target}) {
      if (found != null && !found.fromContext()) {
        for (Token token : Phrase.tokens(tree, found.head())) {
          begin = Math.min(begin, token.begin());
          end = Math.max(end, token.end());
        }
      }
    }
    int sentenceIndex = tree.sentence().index();
    return new Event(
        docId + ":" + sentenceIndex + ":" + ordinal,
        docId,
        sentenceIndex,
        tree.sentence().text(),
        new Span(begin, end),
        date,
        source.actor(),
        target == null ? null : target.actor(),
        code,
        modality,
        attribution,
        location,
        confidence(),
        why);
  }

  /** Lower when an actor came from another sentence or is unknown, or no target was found. */
  private double confidence() {
    double confidence = 0.9;
    if (source.fromContext() || (target != null && target.fromContext())) {
      confidence -= 0.15;
    }
    if (!source.actor().isKnown()) {
      confidence -= 0.3;
    }
    if (target == null) {
      confidence -= 0.1;
    } else if (!target.actor().isKnown()) {
      confidence -= 0.2;
    }
    return Math.round(confidence * 100) / 100.0;
  }
}
