package io.steppe.coder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes what a sentence's raw matches over-produce: events with no known actor at all, bare
 * statements ("said") whose content was coded as an event of its own, and repeats.
 */
final class EventFilter {
  private EventFilter() {}

  static List<CodedEventBuilder> clean(Tree tree, List<CodedEventBuilder> builders) {
    List<CodedEventBuilder> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CodedEventBuilder builder : builders) {
      if (!hasKnownActor(builder)
          || isShadowedStatement(tree, builder, builders)
          || isSubsumed(tree, builder, builders)) {
        continue;
      }
      String key =
          builder.head().index()
              + "|"
              + builder.source().actor().code()
              + "|"
              + builder.source().head().index()
              + "|"
              + (builder.target() == null
                  ? "-"
                  : builder.target().actor().code() + builder.target().head().index());
      if (seen.add(key)) {
        result.add(builder);
      }
    }
    return result;
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

  /** A public statement (root 01) that only reports another coded event in its complement. */
  private static boolean isShadowedStatement(
      Tree tree, CodedEventBuilder statement, List<CodedEventBuilder> all) {
    if (!statement.code().root().equals("01")) {
      return false;
    }
    for (CodedEventBuilder other : all) {
      boolean below =
          other.head().index() != statement.head().index()
              && tree.dominates(statement.head(), other.head());
      if (below && !other.code().root().equals("01")) {
        return true;
      }
    }
    return false;
  }
}
