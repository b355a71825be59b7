package io.steppe.coder;

import io.steppe.coder.ActorFinder.Found;
import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Folds the event of a complement clause into the event of the verb that governs it, when the
 * governing verb already says what happens: "threatened to bomb Iran" is one threat against Iran,
 * "offered to help Afghanistan" one offer of aid, "declined to comment" one refusal. The content of
 * an accusation ("accused Armenia of violating the ceasefire") is what is alleged, not an event the
 * text asserts, so it is dropped.
 */
final class Complements {
  private static final Set<String> CONTROLLED = Set.of("xcomp", "advcl");
  private static final Set<String> ALLEGING = Set.of("of", "for");

  private Complements() {}

  static List<CodedEventBuilder> merge(Tree tree, List<CodedEventBuilder> builders) {
    List<CodedEventBuilder> result = new ArrayList<>();
    Set<Integer> absorbed = new HashSet<>();
    for (CodedEventBuilder governor : builders) {
      List<Integer> inner = complementsOf(tree, governor, builders);
      absorbed.addAll(inner);
      if (governor.code().root().equals("01") && saysMore(builders, inner)) {
        // "issued a statement condemning X": the statement is only the vehicle of what it says.
        inner.forEach(absorbed::remove);
        continue;
      }
      if (governor.target() != null || inner.isEmpty() || isAccusation(governor)) {
        result.add(governor);
        continue;
      }
      Set<String> targets = new HashSet<>();
      for (int index : inner) {
        CodedEventBuilder complement = builders.get(index);
        Found target = complement.target();
        if (target != null && targets.add(target.actor().code() + target.head().index())) {
          result.add(withTarget(governor, target, complement));
        }
      }
      if (targets.isEmpty()) {
        result.add(governor);
      }
    }
    List<CodedEventBuilder> kept = new ArrayList<>();
    for (CodedEventBuilder builder : result) {
      int original = indexOf(builders, builder);
      if (original < 0 || !absorbed.contains(original)) {
        kept.add(builder);
      }
    }
    return kept;
  }

  @SuppressWarnings("ReferenceEquality") // the same builder, not an equal one from another verb
  private static int indexOf(List<CodedEventBuilder> builders, CodedEventBuilder builder) {
    for (int i = 0; i < builders.size(); i++) {
      if (builders.get(i) == builder) {
        return i;
      }
    }
    return -1;
  }

  /** Positions in {@code all} of the events in clauses the governor controls. */
  private static List<Integer> complementsOf(
      Tree tree, CodedEventBuilder governor, List<CodedEventBuilder> all) {
    List<Integer> inner = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      CodedEventBuilder other = all.get(i);
      Token head = other.head();
      Token above = tree.head(head);
      boolean controlled =
          above != null
              && head.index() != governor.head().index()
              && head.isVerb()
              && (isClauseOf(tree, above, head, governor)
                  || isClauseOfObject(tree, above, head, governor));
      boolean sameActor = other.source().actor().code().equals(governor.source().actor().code());
      boolean allegation =
          isAccusation(governor)
              && (tree.hasChild(head, "mark", ALLEGING) || tree.hasChild(head, "case", ALLEGING));
      if (controlled && (sameActor || allegation)) {
        inner.add(i);
      }
    }
    return inner;
  }

  private static boolean saysMore(List<CodedEventBuilder> builders, List<Integer> inner) {
    return inner.stream().anyMatch(i -> !builders.get(i).code().root().equals("01"));
  }

  private static boolean isClauseOf(
      Tree tree, Token above, Token clause, CodedEventBuilder governor) {
    Token head = governor.head();
    // "started a hunger strike to protest X": the purpose clause hangs on the light verb.
    Token light = head.isVerb() || !head.relation().equals("obj") ? null : tree.head(head);
    boolean onHead =
        above.index() == head.index() || (light != null && above.index() == light.index());
    // "demonstrated in Kirkuk on Sunday, calling for independence from Iraq": a participle the
    // parser leaves as a bare dep is an adjunct of the clause, which says whom an act without a
    // target of its own was aimed at; beside one that has a target ("shelled Juba, killing 20",
    // "demonstrated in Yerevan calling on the prime minister to resign") it is an event of its own.
    boolean said = ComplementCodes.isParticiple(clause) && governor.target() == null;
    return onHead && (CONTROLLED.contains(Tree.base(clause.relation())) || said);
  }

  /** "issued a statement condemning X": the clause modifies the governor's object. */
  private static boolean isClauseOfObject(
      Tree tree, Token above, Token clause, CodedEventBuilder governor) {
    Token verb = tree.head(above);
    // "rioted following a demonstration calling for X": a protest's own protest phrase is its. A
    // name is a place the parser hung the participle on ("demonstrated in Yerevan calling on the
    // prime minister to resign"), whose call stays an event of its own.
    boolean protestPhrase =
        governor.code().root().equals("14")
            && Tree.base(above.relation()).equals("obl")
            && !above.pos().startsWith("NNP");
    return verb != null
        && verb.index() == governor.head().index()
        && clause.relation().equals("acl")
        && (above.relation().equals("obj") || protestPhrase);
  }

  private static boolean isAccusation(CodedEventBuilder builder) {
    return builder.code().code().startsWith("112") || builder.code().code().startsWith("111");
  }

  private static CodedEventBuilder withTarget(
      CodedEventBuilder governor, Found target, CodedEventBuilder complement) {
    String why = governor.why() + "; target of " + Tree.lower(complement.head()) + " -> target";
    return governor.recoded(governor.code(), target, why);
  }
}
