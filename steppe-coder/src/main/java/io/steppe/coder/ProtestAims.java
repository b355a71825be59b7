package io.steppe.coder;

import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "Kurds demonstrated in Kirkuk calling for independence from Iraq": a protest that names no one it
 * is aimed at is aimed at whom its own demand is, when the sentence codes that demand (CAMEO 02 or
 * 10) with the same source in a clause hanging from the protest.
 */
final class ProtestAims {
  private static final String PROTEST = "14";
  private static final Set<String> DEMANDS = Set.of("02", "10");

  /** How far up from the demand's head the protest's head may be ("calling" -> "demonstration"). */
  private static final int REACH = 3;

  private ProtestAims() {}

  static List<CodedEventBuilder> aim(Tree tree, List<CodedEventBuilder> builders) {
    List<CodedEventBuilder> aimed = null;
    for (int i = 0; i < builders.size(); i++) {
      CodedEventBuilder protest = builders.get(i);
      if (!protest.code().root().equals(PROTEST) || hasTarget(protest)) {
        continue;
      }
      CodedEventBuilder demand = demandOf(tree, protest, builders);
      if (demand != null) {
        aimed = aimed == null ? new ArrayList<>(builders) : aimed;
        aimed.set(
            i,
            protest.withActors(
                protest.source(),
                demand.target(),
                protest.why() + "; target of its demand '" + Tree.lower(demand.head()) + "'"));
      }
    }
    return aimed == null ? builders : aimed;
  }

  private static @Nullable CodedEventBuilder demandOf(
      Tree tree, CodedEventBuilder protest, List<CodedEventBuilder> builders) {
    for (CodedEventBuilder demand : builders) {
      boolean sameSource =
          demand.source().actor().isKnown()
              && demand.source().actor().code().equals(protest.source().actor().code());
      if (DEMANDS.contains(demand.code().root())
          && hasTarget(demand)
          && sameSource
          && under(tree, demand.head(), protest.head())) {
        return demand;
      }
    }
    return null;
  }

  private static boolean under(Tree tree, Token clause, Token protest) {
    Token current = tree.head(clause);
    for (int depth = 0; current != null && depth < REACH; depth++) {
      if (current.index() == protest.index()) {
        return true;
      }
      current = tree.head(current);
    }
    return false;
  }

  private static boolean hasTarget(CodedEventBuilder builder) {
    return builder.target() != null && builder.target().actor().isKnown();
  }
}
