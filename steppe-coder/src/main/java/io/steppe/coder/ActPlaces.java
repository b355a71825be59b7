package io.steppe.coder;

import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The places of an act that may stand for its target when no actor does: where it happened ("lifted
 * the curfew in Montenegro") and where what it is done to is ("troops for a force in Liberia").
 * Only the place's country is ever the target.
 */
final class ActPlaces {
  private static final Set<String> OBJECTS = Set.of("obj", "iobj");
  private static final Set<String> DESCRIBING = Set.of("acl", "obj", "xcomp", "nsubj:pass");

  private static final Set<String> DIRECTED = Set.of("to", "for", "against", "toward", "towards");

  private ActPlaces() {}

  private static boolean directed(Tree tree, Token child) {
    return Tree.base(child.relation()).equals("obl") && DIRECTED.contains(tree.caseOf(child));
  }

  /** The "in" phrases of the verb, its clause, its objects and the clauses on its objects. */
  static List<Token> happened(Tree tree, Token head, List<Token> consumed) {
    List<Token> holders = new ArrayList<>(consumed);
    holders.add(head);
    for (Token child : tree.children(head)) {
      // "demonstrated on Tuesday in Serbia": the place may hang on the time.
      if (Tree.base(child.relation()).equals("obl")) {
        holders.add(child);
      }
      if (OBJECTS.contains(child.relation()) || child.relation().equals("xcomp")) {
        holders.add(child);
        tree.children(child).stream()
            .filter(c -> OBJECTS.contains(c.relation()))
            .forEach(holders::add);
      }
    }
    // "lifted the curfew imposed in Montenegro": the place may hang on a clause of the object.
    for (Token holder : List.copyOf(holders)) {
      if (!holder.isVerb()) {
        tree.children(holder).stream()
            .filter(c -> c.relation().equals("acl") && c.isVerb())
            .forEach(holders::add);
      }
    }
    List<Token> places = new ArrayList<>();
    for (Token holder : holders) {
      places.addAll(tree.phrases(holder, Set.of("obl", "nmod"), Set.of("in")));
    }
    places.addAll(sentTo(tree, head));
    return places;
  }

  /**
   * "sent personnel to Bosnia to investigate": an act that is the purpose of a sending happens
   * where the sending goes.
   */
  private static List<Token> sentTo(Tree tree, Token head) {
    Token sending = tree.head(head);
    if (!head.relation().equals("advcl")
        || !tree.hasChild(head, "mark", Set.of("to"))
        || sending == null
        || !sending.isVerb()) {
      return List.of();
    }
    return tree.phrases(sending, Set.of("obl"), Set.of("to"));
  }

  /** The places describing the pattern's target or, without one, the verb's objects. */
  static List<Token> describing(Tree tree, Token head, @Nullable Token target, int depth) {
    List<Token> things = new ArrayList<>();
    if (target != null) {
      things.add(target);
    } else if (head.isVerb()) {
      // "urged the factions fighting in Yemen to ...": whom the act is directed to, too.
      tree.children(head).stream()
          .filter(c -> OBJECTS.contains(c.relation()) || directed(tree, c))
          .forEach(things::add);
    }
    List<Token> places = new ArrayList<>();
    things.forEach(t -> places.addAll(placesIn(tree, t, depth)));
    return places;
  }

  /**
   * The places that describe a thing: "a force in Liberia", "refugees fleeing the war in Liberia",
   * "a call for troops to be deployed in East Timor". Read down its phrases and the clauses that
   * describe it, not into relative clauses, which tell their own events.
   */
  private static List<Token> placesIn(Tree tree, Token nominal, int depth) {
    List<Token> places = new ArrayList<>();
    if (depth == 0) {
      return places;
    }
    for (Token child : tree.children(nominal)) {
      String base = Tree.base(child.relation());
      boolean phrase = base.equals("nmod") || base.equals("obl");
      if (phrase && tree.caseOf(child).equals("in")) {
        places.add(child);
      }
      if (phrase || DESCRIBING.contains(child.relation())) {
        places.addAll(placesIn(tree, child, depth - 1));
      }
    }
    return places;
  }
}
