package io.steppe.actors;

import io.steppe.actors.Entry.Kind;
import io.steppe.actors.Entry.Role;
import io.steppe.model.TsvLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads dictionary lines into names and sector words and collects the issues found on the way.
 *
 * <p>Lines come in sources: the bundled files first, then each user directory. A name defined twice
 * in one source is an issue; a name from a later source overrides the earlier one, which is how
 * users correct the bundled data.
 */
final class DictionaryBuilder {
  final Map<String, Entry> names = new HashMap<>();
  final Map<String, String> sectors = new HashMap<>();
  final Set<String> caseSensitive = new HashSet<>();
  final List<DictionaryIssue> issues = new ArrayList<>();

  /** Each person's NAMES cell, with the line it first appears on. */
  final Map<String, String> people = new LinkedHashMap<>();

  final Set<String> organisations = new HashSet<>();

  /** Where a name or sector word was defined, and for people the NAMES cell it belongs to. */
  private record Definition(int source, String origin, String owner) {}

  /** A code that must name a known country or organisation once every file is read. */
  private record Reference(String origin, String code) {}

  private final Map<String, Definition> definitions = new HashMap<>();
  private final Map<String, Definition> sectorDefinitions = new HashMap<>();
  private final Set<String> countries = new HashSet<>();
  private final Set<String> organisationCodes = new HashSet<>();
  private final List<Reference> seatOrganisations = new ArrayList<>();
  private final Set<String> undatedPeople = new HashSet<>();
  private final IdentityHashMap<Role, String> roleOrigins = new IdentityHashMap<>();
  private int source;

  /** Lines added from now on override the names of earlier sources. */
  void nextSource() {
    source++;
  }

  void add(String file, List<TsvLine> lines) {
    for (TsvLine line : lines) {
      switch (file) {
        case "countries.tsv" -> country(line.requireCells(4, 5));
        case "seats.tsv" -> seat(line.requireCells(2, 2));
        case "organisations.tsv" -> organisation(line.requireCells(5, 6));
        case "people.tsv" -> person(line.requireCells(6, 6));
        case "sectors.tsv" -> sector(line.requireCells(2, 2));
        default -> throw line.error("unknown dictionary file");
      }
    }
  }

  /** Checks what could only be checked once every file was read. */
  void finish() {
    // Seats are read before organisations, so their organisation codes are checked last.
    for (Reference reference : seatOrganisations) {
      if (!organisationCodes.contains(reference.code())) {
        String code = reference.code();
        String message =
            code.length() == 6 && ActorCodes.SECTORS.contains(code.substring(3))
                ? "unknown country code " + code.substring(0, 3)
                : "unknown code " + code + ": neither a country nor an organisation";
        issues.add(new DictionaryIssue(reference.origin(), message));
      }
    }
    checkPersonLines();
  }

  private void checkPersonLines() {
    people.forEach(
        (cell, origin) -> {
          if (!undatedPeople.contains(cell)) {
            String name = cell.split("\\|")[0];
            issues.add(
                new DictionaryIssue(
                    origin, "no undated 'person' line for " + name + ": dates outside the posts"));
          }
        });
  }

  private void country(TsvLine line) {
    String iso = line.cell(0);
    if (!iso.matches("[A-Z]{3}")) {
      throw line.error("country code must be ISO 3166-1 alpha-3, found '" + iso + "'");
    }
    countries.add(iso);
    Role role = new Role(iso, null, null, iso, Period.ALWAYS);
    put("#" + iso, new Entry(Kind.COUNTRY, List.of(role), line.origin()), line, iso);
    List<Role> roles = formed(line, iso, null);
    names(line.cell(1), new Entry(Kind.COUNTRY, roles, line.origin()), line);
    names(line.cell(2), new Entry(Kind.ADJECTIVE, roles, line.origin()), line);
    List<Role> government = formed(line, iso, "GOV");
    names(line.cell(3), new Entry(Kind.CAPITAL, government, line.origin()), line);
  }

  /**
   * A country's role, or, for one formed from another (FORMED "2011-07-09 SDN"), its role from that
   * day and its predecessor's before: "Juba" was Sudan's until South Sudan's independence. The
   * present country comes first, for readers without a date.
   */
  private List<Role> formed(TsvLine line, String iso, @Nullable String sector) {
    String code = sector == null ? iso : iso + sector;
    String[] formed = line.cell(4).isEmpty() ? new String[0] : line.cell(4).split(" ");
    if (formed.length == 0) {
      return List.of(new Role(iso, sector, null, code, Period.ALWAYS));
    }
    if (formed.length != 2 || !countries.contains(formed[1])) {
      throw line.error(
          "FORMED must be a date and an earlier country's code, found '" + line.cell(4) + "'");
    }
    LocalDate day = ActorCodes.date(formed[0], line);
    String before = formed[1];
    return List.of(
        new Role(iso, sector, null, code, new Period(day, null)),
        new Role(
            before,
            sector,
            null,
            sector == null ? before : before + sector,
            new Period(null, day)));
  }

  private void seat(TsvLine line) {
    String code = line.cell(1);
    boolean state = code.length() >= 3 && countries.contains(code.substring(0, 3));
    Role role;
    if (state) {
      role = ActorCodes.parse(code, line);
    } else {
      role = new Role(null, null, code, code, Period.ALWAYS);
      seatOrganisations.add(new Reference(line.origin(), code));
    }
    names(line.cell(0), new Entry(Kind.SEAT, List.of(role), line.origin()), line);
  }

  private void organisation(TsvLine line) {
    String country = blankToNull(line.cell(1));
    String sector = blankToNull(line.cell(2));
    String org = blankToNull(line.cell(3));
    if (country != null && !countries.contains(country)) {
      issue(line, "unknown country code " + country);
    }
    if (sector != null && !ActorCodes.SECTORS.contains(sector)) {
      issue(line, "unknown sector " + sector + ": expected one of " + ActorCodes.SECTORS);
    }
    organisations.add(line.cell(0));
    organisationCodes.add(line.cell(0));
    if (org != null) {
      organisationCodes.add(org);
    }
    Role role = new Role(country, sector, org, line.cell(0), Period.ALWAYS);
    names(line.cell(4), new Entry(Kind.ORGANISATION, List.of(role), line.origin()), line);
    names(line.cell(5), new Entry(Kind.BARE, List.of(role), line.origin()), line);
  }

  private void person(TsvLine line) {
    Role role = personRole(line);
    roleOrigins.put(role, line.origin());
    String cell = line.cell(0);
    people.putIfAbsent(cell, line.origin());
    if (role.period().isAlways()) {
      undatedPeople.add(cell);
    }
    for (String written : distinctNames(cell)) {
      String key = NameKey.join(NameKey.words(written));
      Definition earlier = definitions.get(key);
      Entry existing = names.get(key);
      boolean sameSource = earlier != null && earlier.source() == source;
      if (sameSource && existing.kind() == Kind.PERSON && earlier.owner().equals(cell)) {
        checkOverlap(existing, role, line);
        List<Role> roles = new ArrayList<>(existing.roles());
        roles.add(role);
        names.put(key, new Entry(Kind.PERSON, roles, existing.origin()));
      } else if (sameSource && existing.kind() == Kind.PERSON) {
        issue(line, "name '" + key + "' also belongs to another person at " + earlier.origin());
      } else {
        put(key, new Entry(Kind.PERSON, List.of(role), line.origin()), line, written, cell);
      }
    }
  }

  /** A person's post; a post in an organisation (COUNTRY = UNO, NATO, ...) has no country. */
  private Role personRole(TsvLine line) {
    Period period =
        new Period(ActorCodes.date(line.cell(3), line), ActorCodes.date(line.cell(4), line));
    String place = blankToNull(line.cell(1));
    String sector = blankToNull(line.cell(2));
    if (sector != null && !ActorCodes.SECTORS.contains(sector)) {
      issue(line, "unknown sector " + sector + ": expected one of " + ActorCodes.SECTORS);
    }
    String code = (place == null ? "" : place) + (sector == null ? "" : sector);
    if (place != null && !countries.contains(place)) {
      if (organisationCodes.contains(place)) {
        return new Role(null, sector, place, code, period);
      }
      issue(line, "unknown country code " + place);
    }
    return new Role(place, sector, null, code, period);
  }

  private void checkOverlap(Entry existing, Role role, TsvLine line) {
    for (Role other : existing.roles()) {
      boolean dated = !other.period().isAlways() && !role.period().isAlways();
      if (dated && other.period().overlaps(role.period())) {
        issue(line, "role period overlaps the one at " + roleOrigins.get(other));
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
    Definition earlier = sectorDefinitions.get(key);
    if (earlier != null && earlier.source() == source) {
      issue(line, "sector words '" + key + "' already defined at " + earlier.origin());
      return;
    }
    sectorDefinitions.put(key, new Definition(source, line.origin(), key));
    sectors.put(key, sector);
  }

  private void names(String cell, Entry entry, TsvLine line) {
    for (String name : distinctNames(cell)) {
      put(NameKey.join(NameKey.words(name)), entry, line, name, line.origin());
    }
  }

  /**
   * The names of a cell, without those that only differ by accents or case from an earlier one:
   * they are the same key, and "Erdoğan|Erdogan" is meant as one name.
   */
  private static Set<String> distinctNames(String cell) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String name : cell.split("\\|")) {
      if (!name.isBlank()) {
        byKey.putIfAbsent(NameKey.join(NameKey.words(name)), name.trim());
      }
    }
    return new LinkedHashSet<>(byKey.values());
  }

  private void put(String key, Entry entry, TsvLine line, String written, String owner) {
    if (written.length() <= 4
        && written.equals(written.toUpperCase(Locale.ROOT))
        && written.chars().anyMatch(Character::isLetter)) {
      caseSensitive.add(key);
    }
    put(key, entry, line, owner);
  }

  /** Defines a name; a second definition in the same source is kept as an issue. */
  void put(String key, Entry entry, TsvLine line) {
    put(key, entry, line, line.origin());
  }

  private void put(String key, Entry entry, TsvLine line, String owner) {
    Definition earlier = definitions.get(key);
    if (earlier != null && earlier.source() == source && !earlier.origin().equals(line.origin())) {
      issue(line, "name '" + key + "' already defined at " + earlier.origin());
      return;
    }
    definitions.put(key, new Definition(source, line.origin(), owner));
    names.put(key, entry);
  }

  private void issue(TsvLine line, String message) {
    issues.add(new DictionaryIssue(line.origin(), message));
  }

  private static @Nullable String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
