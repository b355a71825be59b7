package io.steppe.coder;

import io.steppe.coder.ActorFinder.Found;
import io.steppe.model.Modality;
import io.steppe.model.text.Token;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How a lexicon read from a PETRARCH dictionary ({@link Lexicon#readAsPetrarch()}) is applied where
 * PETRARCH differs from Steppe's own coding: targets, passives, modality and which events count.
 */
final class PetrarchRules {
  private PetrarchRules() {}

  /** PETRARCH's targets: the pattern's known ones, else the first actor after the verb. */
  static List<Found> targets(
      Tree tree,
      Token verb,
      Token source,
      List<Found> targets,
      Function<Token, List<Found>> resolve) {
    List<Found> known = known(targets);
    return known.isEmpty() ? FollowingActor.find(tree, verb, source, resolve) : known;
  }

  /**
   * PETRARCH reads a passive without a "by" agent ("X was criticized over its dispute with Y") with
   * the subject as target and the first actor after the verb as source.
   */
  static SourceFinder.@Nullable Source passiveSource(
      Tree tree, Token verb, Function<Token, List<Found>> resolve) {
    Token subject = tree.isPassive(verb) ? tree.child(verb, Set.of("nsubj:pass")) : null;
    if (subject == null) {
      return null;
    }
    Token first = FollowingActor.firstInClause(tree, verb, subject, resolve);
    return first == null
        ? null
        : new SourceFinder.Source(first, "first actor after passive -> source");
  }

  /** PETRARCH codes an event only between two different actors its dictionaries name. */
  static boolean betweenTwoActors(CodedEventBuilder event) {
    Found target = event.target();
    return target != null && !target.actor().code().equals(event.source().actor().code());
  }

  static List<Found> known(List<Found> found) {
    return found.stream().filter(f -> f.actor().isKnown()).toList();
  }

  /**
   * PETRARCH codes what a verb says whatever modal or hope frames it ("will abandon ties"): its
   * dictionaries are read so, and only a negation is kept for them.
   */
  static Modality modality(Tree tree, Token verb) {
    return ModalityDetector.isNegated(tree, verb) ? Modality.NEGATED : Modality.ASSERTED;
  }
}
