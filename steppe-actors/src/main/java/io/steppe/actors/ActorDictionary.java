package io.steppe.actors;

import io.steppe.actors.Entry.Kind;
import io.steppe.actors.Entry.Role;
import io.steppe.model.SteppeException;
import io.steppe.model.TsvLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Names of actors and the words that give them a role, read from the data files documented in the
 * header of each file: countries, seats, sectors, organisations and people.
 *
 * <p>Files in a user directory are read after the bundled ones and override them name by name.
 */
public final class ActorDictionary {
  static final List<String> FILES =
      List.of("countries.tsv", "seats.tsv", "organisations.tsv", "people.tsv", "sectors.tsv");

  private final Map<String, Entry> names;
  private final List<DictionaryIssue> issues;
  private final java.util.Set<String> caseSensitive;
  private final int longestName;

  private final WordIndex words;

  private final NearNames nearNames;

  private final Counts counts;

  ActorDictionary(DictionaryBuilder builder) {
    this.names = Collections.unmodifiableMap(builder.names);
    this.issues = List.copyOf(builder.issues);
    this.caseSensitive = java.util.Set.copyOf(builder.caseSensitive);
    this.longestName =
        builder.names.keySet().stream().mapToInt(ActorDictionary::wordCount).max().orElse(1);
    this.words = new WordIndex(names, builder.sectors, caseSensitive);
    this.nearNames = new NearNames(names);
    // "#KAZ" keys let codes be looked up; they are not names anyone writes.
    int written = (int) builder.names.keySet().stream().filter(key -> !key.startsWith("#")).count();
    this.counts = new Counts(written, builder.people.size(), builder.organisations.size());
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
      if (!Files.isDirectory(directory)) {
        throw new SteppeException(
            "actor directory " + directory + " not found: expected a folder of " + FILES);
      }
      builder.nextSource();
      for (String file : FILES) {
        Path path = directory.resolve(file);
        if (Files.isRegularFile(path)) {
          builder.add(file, TsvLine.readFile(path));
        }
      }
    }
    builder.finish();
    return new ActorDictionary(builder);
  }

  /** How many names, persons and organisations were read, for the validator's summary. */
  public Counts counts() {
    return counts;
  }

  /**
   * Sizes of a dictionary.
   *
   * @param names distinct normalised names of every kind
   * @param people persons in people.tsv (one NAMES cell each)
   * @param organisations organisation codes in organisations.tsv
   */
  public record Counts(int names, int people, int organisations) {}

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

  /** What a word (or lemma), written in any case, can start, continue or end, or null. */
  WordIndex.@Nullable Word word(String word) {
    return words.get(word);
  }

  /** Country names and demonyms by spelling, for words one letter from them. */
  NearNames nearNames() {
    return nearNames;
  }

  /** True when the ISO code names a country in the dictionary. */
  public boolean isCountry(String code) {
    Entry entry = names.get("#" + code);
    return entry != null;
  }

  /** Starts a dictionary built in code by a reader of another format (PETRARCH, TABARI). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One code a name stands for, and the dates it holds for.
   *
   * @param code the full actor code, kept as written; empty for a name that must not be coded
   * @param country the part agent words extend (a country or group code), or null
   * @param sector the sector the code already carries, replaced by agent words in the phrase
   * @param from first day, or null for open
   * @param until first day no longer covered, or null for open
   */
  public record DatedCode(
      String code,
      @Nullable String country,
      @Nullable String sector,
      @Nullable LocalDate from,
      @Nullable LocalDate until) {}

  /**
   * Names and agent words read from files in another format. A name's codes are used as written;
   * agent words in the phrase replace the sector, as they do for a capital city. The first
   * definition of a name wins; later ones are kept as {@link #issues()}.
   */
  public static final class Builder {
    private final DictionaryBuilder entries = new DictionaryBuilder();

    private Builder() {}

    /** Adds a name standing for the codes, each for its dates; {@code origin} names the line. */
    public Builder name(String name, List<DatedCode> codes, TsvLine origin) {
      List<Role> roles = new ArrayList<>();
      for (DatedCode code : codes) {
        Period period = new Period(code.from(), code.until());
        roles.add(new Role(code.country(), code.sector(), null, code.code(), period));
      }
      entries.put(key(name), new Entry(Kind.CAPITAL, roles, origin.origin()), origin);
      return this;
    }

    public boolean hasName(String name) {
      return entries.names.containsKey(key(name));
    }

    /** Adds agent words (lemmas: "foreign ministry", "soldier") giving a sector code. */
    public Builder sector(String words, String sector, TsvLine origin) {
      if (entries.sectors.putIfAbsent(key(words), sector) != null) {
        entries.issues.add(
            new DictionaryIssue(origin.origin(), "agent words '" + words + "' defined twice"));
      }
      return this;
    }

    public ActorDictionary build() {
      return new ActorDictionary(entries);
    }

    private static String key(String name) {
      return NameKey.join(NameKey.words(name));
    }
  }

  private static int wordCount(String key) {
    return key.isEmpty() ? 0 : key.split(" ").length;
  }
}
