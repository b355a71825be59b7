package io.steppe.coder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Removes what a sentence's raw matches over-produce: events with no known actor at all, bare
 * statements ("said") whose content was coded as an event of its own, and repeats.
 */
final class EventFilter {
  private EventFilter() {}

  /**
   * @param placer fills in what the merged events' actors lack (their countries, {@link
   *     DomesticActors}) before events without a known actor are dropped
   */
  static List<CodedEventBuilder> clean(
      Tree tree, List<CodedEventBuilder> builders, UnaryOperator<CodedEventBuilder> placer) {
    List<CodedEventBuilder> merged =
        ProtestAims.aim(tree, Complements.merge(tree, ComplementCodes.refine(tree, builders)))
            .stream()
            .map(placer)
            .toList();
    boolean hasAction = merged.stream().anyMatch(b -> !b.code().root().equals("01"));
    List<CodedEventBuilder> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CodedEventBuilder builder : merged) {
      // "X said ..." is a statement only when what X said holds no event of its own.
      boolean bareStatement =
          hasAction
              && builder.code().root().equals("01")
              && Reporting.SPEECH_VERBS.contains(Tree.lower(builder.head()));
      if (!hasKnownActor(builder) || bareStatement || isSubsumed(tree, builder, merged)) {
        continue;
      }
      if (seen.add(key(builder))) {
        result.add(builder);
      }
    }
    result.sort(Comparator.comparingInt(b -> b.head().index()));
    return result;
  }

  private static String key(CodedEventBuilder builder) {
    String to =
        builder.target() == null
            ? "-"
            : builder.target().actor().code() + builder.target().head().index();
    return builder.code().code()
        + "|"
        + builder.source().actor().code()
        + "|"
        + builder.source().head().index()
        + "|"
        + to;
  }

  private static boolean hasKnownActor(CodedEventBuilder builder) {
    boolean source = builder.source().actor().isKnown();
    boolean target = builder.target() != null && builder.target().actor().isKnown();
    return source || target;
  }

  /**
   * An event without a target whose clause holds the same event with one ("vowed to retaliate
   * against Israel" codes "vow" and "retaliate"; the targeted one says it all).
   */
  private static boolean isSubsumed(
      Tree tree, CodedEventBuilder event, List<CodedEventBuilder> all) {
    if (event.target() != null) {
      return false;
    }
    for (CodedEventBuilder other : all) {
      boolean same =
          other.target() != null
              && other.code().code().equals(event.code().code())
              && other.source().actor().code().equals(event.source().actor().code());
      if (same && tree.dominates(event.head(), other.head())) {
        return true;
      }
    }
    return false;
  }
}
