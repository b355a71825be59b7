package io.steppe.coder;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.Gazetteer;
import io.steppe.actors.Place;
import io.steppe.actors.PlaceResolver;
import io.steppe.model.Location;
import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds where an event happened from a locative phrase on its head or on the head's object ("met in
 * Astana", "struck targets near Haifa", "clashes on the Turkmen border", "in northern Syria"). The
 * place is looked up in the gazetteer and the actor dictionary's countries and capitals; a phrase
 * that names no known place gives no location.
 */
final class LocationFinder {
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "near",
          "outside",
          "outside of",
          "inside",
          "across",
          "around",
          "off",
          "along");

  /** "on" is locative only before these nouns: "on the border", not "sanctions on Iran". */
  private static final Set<String> ON_NOUNS =
      Set.of("border", "frontier", "coast", "outskirts", "shore", "bank", "front", "island");

  /**
   * Phrases that name times or amounts are not places, whatever the gazetteer holds ("in March" is
   * no town in Cambridgeshire; the tagger runs without its date classes, so dates are also told by
   * their words). PERSON is not among them: CoreNLP tags many towns as people ("in Kazan"), and a
   * person's name is no gazetteer entry.
   */
  private static final Set<String> NOT_PLACES =
      Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "MONEY", "PERCENT");

  private static final Set<String> ARGUMENTS = Set.of("obj", "obl", "nsubj:pass", "iobj");

  private LocationFinder() {}

  private static final class Bundled {
    static final PlaceResolver PLACES =
        new PlaceResolver(ActorDictionary.bundled(), Gazetteer.bundled());
  }

  /**
   * @param actorCountries ISO3 codes of the event's actors, which settle town names several
   *     countries share; then the countries the sentence names do
   */
  static @Nullable Location find(Tree tree, Token head, Set<String> actorCountries) {
    for (Token phrase : locativePhrases(tree, head)) {
      List<Token> tokens = new ArrayList<>();
      for (Token token : words(tree, phrase)) {
        // "the border" loses its article; "The Hague" keeps it.
        boolean leading =
            tokens.isEmpty() && token.relation().equals("det") && !isCapitalised(token.word());
        if (!token.relation().equals("case") && !leading) {
          tokens.add(token);
        }
      }
      List<String> words = tokens.stream().map(Token::word).toList();
      Place place = Bundled.PLACES.resolve(words, actorCountries, tree.tokens());
      if (place != null) {
        return new Location(Phrase.text(tree, tokens), place.country());
      }
    }
    return null;
  }

  /** The country a place name has without the sentence around it ("Tripoli": Libya), or null. */
  static @Nullable String plainCountry(String name) {
    Place place = Bundled.PLACES.resolve(List.of(name.split(" ")), Set.of());
    return place == null ? null : place.country();
  }

  /**
   * A town a proper-noun modifier names counts as where a group is only with this many people:
   * "Darfur rebels", "Baghdad residents", but a village that shares a people's name ("Karen
   * guerrillas") is no clue. Regions and countries (population 0 here) always count.
   */
  private static final long MODIFIER_TOWN = 100_000;

  /**
   * Where an actor's own words place it: "parties in Nepal", "students at a university in Sivas",
   * "guerrillas operating in Macedonia", "Darfur rebels"; null when they name no place.
   */
  static @Nullable Location ofActor(Tree tree, Token head) {
    Location location = find(tree, head, Set.of());
    for (Token child : tree.children(head)) {
      if (location != null) {
        return location;
      }
      if (Tree.base(child.relation()).equals("acl") && child.isVerb()) {
        location = find(tree, child, Set.of());
      } else if (child.relation().equals("compound") && child.isProperNoun()) {
        List<Token> tokens = Phrase.tokens(tree, child);
        List<String> words = tokens.stream().map(Token::word).toList();
        Place place = Bundled.PLACES.resolve(words, Set.of(), tree.tokens());
        boolean large =
            place != null && (place.population() == 0 || place.population() >= MODIFIER_TOWN);
        location = large ? new Location(Phrase.text(tree, tokens), place.country()) : null;
      }
    }
    return location;
  }

  /**
   * Locative phrases on the head, each after the places inside it ("at a base in Alaska"), then on
   * the head's arguments ("targets in Beirut").
   */
  private static List<Token> locativePhrases(Tree tree, Token head) {
    List<Token> phrases = new ArrayList<>();
    for (Token child : tree.children(head)) {
      if (isLocative(tree, child)) {
        // The inner place is the more precise one: "at an American base in Qatar" is in Qatar.
        tree.children(child).stream().filter(t -> isLocative(tree, t)).forEach(phrases::add);
        phrases.add(child);
      }
    }
    for (Token child : tree.children(head)) {
      if (ARGUMENTS.contains(child.relation()) && !isLocative(tree, child)) {
        for (Token grandchild : tree.children(child)) {
          if (isLocative(tree, grandchild)) {
            phrases.add(grandchild);
          }
        }
      }
    }
    return phrases;
  }

  /**
   * The words of a place phrase: its naming words and coordinated names ("Sistan and Baluchestan
   * province"), in sentence order.
   */
  private static List<Token> words(Tree tree, Token phrase) {
    List<Token> words = new ArrayList<>(Phrase.tokens(tree, phrase));
    for (Token child : tree.children(phrase)) {
      if (child.relation().equals("conj") && child.isProperNoun()) {
        words.addAll(Phrase.tokens(tree, child));
        tree.children(child).stream().filter(t -> t.relation().equals("cc")).forEach(words::add);
      }
    }
    words.sort(java.util.Comparator.comparingInt(Token::index));
    return words;
  }

  private static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static boolean isLocative(Tree tree, Token child) {
    String relation = Tree.base(child.relation());
    if (!(relation.equals("obl") || relation.equals("nmod"))
        || NOT_PLACES.contains(child.ner())
        || DateFinder.isTemporal(child)) {
      return false;
    }
    String preposition = tree.caseOf(child);
    return LOCATIVE.contains(preposition)
        || (preposition.equals("on") && ON_NOUNS.contains(Tree.lower(child)));
  }
}
