package io.steppe.actors;

import io.steppe.actors.Entry.Kind;
import io.steppe.actors.Entry.Role;
import io.steppe.model.TsvLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Names of actors and the words that give them a role, read from the data files documented in
 * {@code steppe-actors/README.md}: countries, seats, sectors, organisations and people.
 *
 * <p>Files in a user directory are read after the bundled ones and override them name by name.
 */
public final class ActorDictionary {
  static final List<String> FILES =
      List.of("countries.tsv", "seats.tsv", "organisations.tsv", "people.tsv", "sectors.tsv");

  private final Map<String, Entry> names;
  private final Map<String, String> sectors;
  private final List<DictionaryIssue> issues;
  private final java.util.Set<String> caseSensitive;
  private final int longestName;
  private final int longestSector;

  private ActorDictionary(DictionaryBuilder builder) {
    this.names = Collections.unmodifiableMap(builder.names);
    this.sectors = Collections.unmodifiableMap(builder.sectors);
    this.issues = List.copyOf(builder.issues);
    this.caseSensitive = java.util.Set.copyOf(builder.caseSensitive);
    this.longestName =
        builder.names.keySet().stream().mapToInt(ActorDictionary::wordCount).max().orElse(1);
    this.longestSector =
        builder.sectors.keySet().stream().mapToInt(ActorDictionary::wordCount).max().orElse(1);
  }

  private static final ActorDictionary BUNDLED = load(List.of());

  /** The dictionary shipped with Steppe. */
  public static ActorDictionary bundled() {
    return BUNDLED;
  }

  /** The bundled dictionary overridden by the files found in each directory, in order. */
  public static ActorDictionary load(List<Path> userDirectories) {
    DictionaryBuilder builder = new DictionaryBuilder();
    for (String file : FILES) {
      builder.add(file, TsvLine.readResource(ActorDictionary.class, file));
    }
    for (Path directory : userDirectories) {
      for (String file : FILES) {
        Path path = directory.resolve(file);
        if (Files.isRegularFile(path)) {
          builder.add(file, TsvLine.readFile(path));
        }
      }
    }
    return new ActorDictionary(builder);
  }

  /** Problems found while reading: duplicates, overlapping periods, unknown codes. */
  public List<DictionaryIssue> issues() {
    return issues;
  }

  public int size() {
    return names.size();
  }

  @Nullable Entry entry(String key) {
    return names.get(key);
  }

  @Nullable String sector(String lemmaKey) {
    return sectors.get(lemmaKey);
  }

  /**
   * Short all-capital names ("US", "UK", "WHO") match only when written in capitals, so that the
   * pronoun "us" and the question word "who" are not actors.
   */
  boolean isCaseSensitive(String key) {
    return caseSensitive.contains(key);
  }

  int longestName() {
    return longestName;
  }

  int longestSector() {
    return longestSector;
  }

  /** True when the ISO code names a country in the dictionary. */
  public boolean isCountry(String code) {
    Entry entry = names.get("#" + code);
    return entry != null;
  }

  private static int wordCount(String key) {
    return key.isEmpty() ? 0 : key.split(" ").length;
  }

  /** Collects entries and issues while the files are read. */
  private static final class DictionaryBuilder {
    final Map<String, Entry> names = new HashMap<>();
    final Map<String, String> sectors = new HashMap<>();
    final List<DictionaryIssue> issues = new ArrayList<>();
    final Map<String, String> firstOrigin = new HashMap<>();
    final java.util.Set<String> caseSensitive = new java.util.HashSet<>();

    void add(String file, List<TsvLine> lines) {
      for (TsvLine line : lines) {
        switch (file) {
          case "countries.tsv" -> country(line.requireCells(4, 4));
          case "seats.tsv" -> seat(line.requireCells(2, 2));
          case "organisations.tsv" -> organisation(line.requireCells(5, 5));
          case "people.tsv" -> person(line.requireCells(6, 6));
          case "sectors.tsv" -> sector(line.requireCells(2, 2));
          default -> throw line.error("unknown dictionary file");
        }
      }
    }

    private void country(TsvLine line) {
      String iso = line.cell(0);
      if (!iso.matches("[A-Z]{3}")) {
        throw line.error("country code must be ISO 3166-1 alpha-3, found '" + iso + "'");
      }
      Role role = new Role(iso, null, null, iso, Period.ALWAYS);
      put("#" + iso, new Entry(Kind.COUNTRY, List.of(role), line.origin()), line);
      names(line.cell(1), new Entry(Kind.COUNTRY, List.of(role), line.origin()), line);
      names(line.cell(2), new Entry(Kind.ADJECTIVE, List.of(role), line.origin()), line);
      Role government = new Role(iso, "GOV", null, iso + "GOV", Period.ALWAYS);
      names(line.cell(3), new Entry(Kind.CAPITAL, List.of(government), line.origin()), line);
    }

    private void seat(TsvLine line) {
      String code = line.cell(1);
      boolean state = code.length() >= 3 && names.containsKey("#" + code.substring(0, 3));
      Role role =
          state ? ActorCodes.parse(code, line) : new Role(null, null, code, code, Period.ALWAYS);
      names(line.cell(0), new Entry(Kind.SEAT, List.of(role), line.origin()), line);
    }

    private void organisation(TsvLine line) {
      Role role =
          new Role(
              blankToNull(line.cell(1)),
              blankToNull(line.cell(2)),
              blankToNull(line.cell(3)),
              line.cell(0),
              Period.ALWAYS);
      names(line.cell(4), new Entry(Kind.ORGANISATION, List.of(role), line.origin()), line);
    }

    private void person(TsvLine line) {
      Period period =
          new Period(ActorCodes.date(line.cell(3), line), ActorCodes.date(line.cell(4), line));
      String country = blankToNull(line.cell(1));
      String sector = blankToNull(line.cell(2));
      String code = (country == null ? "" : country) + (sector == null ? "" : sector);
      Role role = new Role(country, sector, null, code, period);
      for (String name : line.cell(0).split("\\|")) {
        String key = NameKey.join(NameKey.words(name));
        Entry existing = names.get(key);
        if (existing != null && existing.kind() == Kind.PERSON) {
          checkOverlap(existing, role, line);
          List<Role> roles = new ArrayList<>(existing.roles());
          roles.add(role);
          names.put(key, new Entry(Kind.PERSON, roles, existing.origin()));
        } else {
          put(key, new Entry(Kind.PERSON, List.of(role), line.origin()), line);
        }
      }
    }

    private void checkOverlap(Entry existing, Role role, TsvLine line) {
      for (Role other : existing.roles()) {
        boolean dated = !other.period().isAlways() && !role.period().isAlways();
        if (dated && other.period().overlaps(role.period())) {
          issues.add(
              new DictionaryIssue(
                  line.origin(), "role period overlaps one from " + existing.origin()));
          return;
        }
      }
    }

    private void sector(TsvLine line) {
      String sector = line.cell(1);
      if (!ActorCodes.SECTORS.contains(sector)) {
        throw line.error("unknown sector '" + sector + "': expected one of " + ActorCodes.SECTORS);
      }
      String key = NameKey.join(NameKey.words(line.cell(0)));
      if (sectors.put(key, sector) != null) {
        issues.add(new DictionaryIssue(line.origin(), "sector words '" + key + "' defined twice"));
      }
    }

    private void names(String cell, Entry entry, TsvLine line) {
      if (cell.isEmpty()) {
        return;
      }
      for (String name : cell.split("\\|")) {
        if (!name.isBlank()) {
          put(NameKey.join(NameKey.words(name)), entry, line, name.trim());
        }
      }
    }

    private void put(String key, Entry entry, TsvLine line, String written) {
      if (written.length() <= 4
          && written.equals(written.toUpperCase(java.util.Locale.ROOT))
          && written.chars().anyMatch(Character::isLetter)) {
        caseSensitive.add(key);
      }
      put(key, entry, line);
    }

    private void put(String key, Entry entry, TsvLine line) {
      String earlier = firstOrigin.putIfAbsent(key + "|" + line.file(), line.origin());
      if (earlier != null && !earlier.equals(line.origin())) {
        issues.add(
            new DictionaryIssue(line.origin(), "name '" + key + "' already defined at " + earlier));
        return;
      }
      names.put(key, entry);
    }

    private static @Nullable String blankToNull(String value) {
      return value.isEmpty() ? null : value;
    }
  }
}
