package io.steppe.actors;

import io.steppe.actors.Entry.Kind;
import io.steppe.model.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the place a phrase names ("Tehran", "northern Syria", "the Turkmen border", "Russia's Kursk
 * region"): the most specific name wins (a town or capital over a country, a country over an
 * adjective). A town name several countries share goes to a country the phrase itself names, then
 * to a country of the sentence's actors, then to a country the sentence names elsewhere ("militias
 * in Tripoli" are Lebanon's when the sentence speaks of "the Lebanese port"), then to the most
 * populous; an actor's or the sentence's country wins only with a town of at least a tenth of the
 * largest namesake's population, so that a small namesake in an actor's country does not take a
 * city's name ("Damascus" stays in Syria when Americans act there).
 */
public final class PlaceResolver {
  private final ActorDictionary dictionary;
  private final Gazetteer gazetteer;

  public PlaceResolver(ActorDictionary dictionary, Gazetteer gazetteer) {
    this.dictionary = dictionary;
    this.gazetteer = gazetteer;
  }

  /** A name found at words [start, start + length), more specific with a higher rank. */
  private record Found(int start, int length, int rank, @Nullable String country, String key) {}

  private static final Pattern HYPHEN = Pattern.compile("-");

  private static final int ADJECTIVE = 0;
  private static final int COUNTRY = 1;
  private static final int TOWN = 2;

  /** An actor's country picks a town of at least 1/ACTOR_SHARE of the largest namesake. */
  private static final long ACTOR_SHARE = 10;

  /**
   * The place the words name, or null.
   *
   * @param words the phrase's words as written, in order, without its preposition
   * @param actorCountries ISO3 codes of the sentence's actors, to settle shared town names
   */
  public @Nullable Place resolve(List<String> words, Set<String> actorCountries) {
    return resolve(words, actorCountries, List.of());
  }

  /**
   * The place the words name, or null.
   *
   * @param words the phrase's words as written, in order, without its preposition
   * @param actorCountries ISO3 codes of the sentence's actors, to settle shared town names
   * @param sentence the whole sentence, whose countries settle shared town names the actors leave
   *     open; read only then
   */
  public @Nullable Place resolve(
      List<String> words, Set<String> actorCountries, List<Token> sentence) {
    // Names are keyed with hyphens split ("Rostov-on-Don"); so are the phrase's words.
    String[] raw =
        words.stream()
            .flatMap(word -> HYPHEN.splitAsStream(word))
            .filter(word -> !word.isEmpty())
            .toArray(String[]::new);
    String[] keys = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      keys[i] = NameKey.normalise(raw[i]);
    }
    Found best = null;
    Set<String> named = new HashSet<>();
    int i = 0;
    while (i < keys.length) {
      Found found = longestAt(raw, keys, i);
      if (found == null) {
        i++;
        continue;
      }
      if (found.rank() < TOWN && found.country() != null) {
        named.add(found.country());
      }
      if (best == null || found.rank() > best.rank()) {
        best = found;
      }
      i += found.length();
    }
    return best == null ? null : place(best, raw, named, actorCountries, sentence);
  }

  private @Nullable Place place(
      Found found,
      String[] raw,
      Set<String> named,
      Set<String> actorCountries,
      List<Token> sentence) {
    String text =
        String.join(" ", List.of(raw).subList(found.start(), found.start() + found.length()));
    if (found.country() != null) {
      Place known = new Place(text, found.country(), 0);
      return found.rank() == TOWN
          ? capital(known, found.key(), named, actorCountries, sentence)
          : known;
    }
    List<Place> places = gazetteer.places(found.key());
    for (Place place : places) {
      if (named.contains(place.country())) {
        return place;
      }
    }
    Place leaning = leaning(places, actorCountries);
    if (leaning == null && places.size() > 1 && !sentence.isEmpty()) {
      leaning = leaning(places, SentenceCountries.of(dictionary, sentence));
    }
    return leaning == null ? places.get(0) : leaning;
  }

  /**
   * A capital another country has a sizeable town of the same name: "Tripoli" is Libya's unless the
   * phrase or the sentence names Lebanon. Only countries named outright count here, not the actors'
   * own: a capital is where news means it, and "US envoys in Athens" are in Greece.
   */
  private Place capital(
      Place capital,
      String key,
      Set<String> named,
      Set<String> actorCountries,
      List<Token> sentence) {
    List<Place> places = gazetteer.places(key);
    if (places.size() < 2) {
      return capital;
    }
    Set<String> countries = new HashSet<>(named);
    if (countries.isEmpty() && !sentence.isEmpty()) {
      countries.addAll(SentenceCountries.of(dictionary, sentence));
      countries.removeAll(actorCountries);
    }
    countries.remove(capital.country());
    Place leaning = leaning(places, countries);
    return leaning == null ? capital : new Place(capital.name(), leaning.country(), 0);
  }

  /** The largest namesake in one of the countries, if it is not too small to be meant. */
  private static @Nullable Place leaning(List<Place> places, Set<String> countries) {
    long largest = places.get(0).population();
    for (Place place : places) {
      if (countries.contains(place.country()) && place.population() * ACTOR_SHARE >= largest) {
        return place;
      }
    }
    return null;
  }

  /** The longest dictionary or gazetteer name at {@code start}; the dictionary wins a tie. */
  private @Nullable Found longestAt(String[] raw, String[] keys, int start) {
    int max =
        Math.min(Math.max(dictionary.longestName(), gazetteer.longestName()), keys.length - start);
    for (int length = max; length >= 1; length--) {
      String key = String.join(" ", List.of(keys).subList(start, start + length));
      Found known = fromDictionary(raw, key, start, length);
      if (known != null) {
        return known;
      }
      if (isCapitalised(raw[start]) && !gazetteer.places(key).isEmpty()) {
        return new Found(start, length, TOWN, null, key);
      }
    }
    return null;
  }

  private @Nullable Found fromDictionary(String[] raw, String key, int start, int length) {
    Entry entry = dictionary.entry(key);
    if (entry == null
        || (length == 1 && dictionary.isCaseSensitive(key) && !isCapitals(raw[start]))) {
      return null;
    }
    String country = entry.roles().get(0).country();
    if (country == null || !dictionary.isCountry(country)) {
      return null;
    }
    int rank = rank(entry.kind());
    return rank < 0 ? null : new Found(start, length, rank, country, key);
  }

  /** How specific a dictionary name is as a place; people and organisations are none. */
  private static int rank(Kind kind) {
    return switch (kind) {
      case CAPITAL -> TOWN;
      case COUNTRY -> COUNTRY;
      case ADJECTIVE, SEAT -> ADJECTIVE;
      case PERSON, ORGANISATION, BARE -> -1;
    };
  }

  private static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static boolean isCapitals(String word) {
    return word.equals(word.toUpperCase(Locale.ROOT));
  }
}
