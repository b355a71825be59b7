package io.steppe.coder;

import io.steppe.actors.ActorResolver;
import io.steppe.actors.Resolution;
import io.steppe.model.Location;
import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Finds where an event happened from a locative phrase on its head ("in Tehran", "near Baku"). */
final class LocationFinder {
  private static final Set<String> LOCATIVE =
      Set.of("in", "at", "near", "outside", "inside", "across");

  private LocationFinder() {}

  static @Nullable Location find(
      Tree tree, Token head, ActorResolver resolver, @Nullable LocalDate date) {
    for (Token child : tree.children(head)) {
      String relation = Tree.base(child.relation());
      boolean place =
          child.ner().equals("LOCATION")
              || child.ner().equals("CITY")
              || child.ner().equals("COUNTRY");
      if ((relation.equals("obl") || relation.equals("nmod"))
          && place
          && LOCATIVE.contains(tree.caseOf(child))) {
        List<Token> tokens =
            Phrase.tokens(tree, child).stream().filter(t -> !t.relation().equals("case")).toList();
        String name = Phrase.text(tree, tokens);
        Resolution resolution = resolver.resolve(tokens, name, date);
        String country = resolution.isNamed() ? resolution.actor().country() : null;
        return new Location(name, country);
      }
    }
    return null;
  }
}
