package io.steppe.actors;

import io.steppe.actors.Entry.Kind;
import io.steppe.actors.Entry.Role;
import io.steppe.model.Actor;
import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the words of a noun phrase to an actor for a given date: the longest dictionary name in
 * the phrase gives the country, organisation or person; agent nouns ("foreign ministry", "jets")
 * give the sector. Unknown names stay unknown: nothing is guessed.
 */
public final class ActorResolver {
  private final ActorDictionary dictionary;

  public ActorResolver(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * Resolves a phrase given as tokens in sentence order.
   *
   * @param text the phrase as written, kept on the actor
   * @param date the article's date; picks the role a person held then
   */
  public Resolution resolve(List<Token> phrase, String text, @Nullable LocalDate date) {
    String[] raw = new String[phrase.size()];
    String[] lemmas = new String[phrase.size()];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = phrase.get(i).word();
      lemmas[i] = NameKey.normalise(phrase.get(i).lemma());
    }
    return resolve(raw, lemmas, text, date);
  }

  /** Resolves free text, split on spaces (for the command line and tests). */
  public Resolution resolve(String text, @Nullable LocalDate date) {
    String[] raw = text.trim().replace(",", " ,").replace("'s ", " 's ").split("\\s+");
    String[] lemmas = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      lemmas[i] = singular(NameKey.normalise(raw[i]));
    }
    return resolve(raw, lemmas, text, date);
  }

  private Resolution resolve(
      String[] words, String[] lemmas, String text, @Nullable LocalDate date) {
    Entry named = bestName(words);
    String sectorWord = lastSector(lemmas);
    if (named == null) {
      return sectorWord == null
          ? Resolution.unknown(text)
          : new Resolution(Actor.unknown(text), Resolution.Kind.SECTOR_ONLY, sectorWord);
    }
    Role role = named.roleOn(date);
    if (role == null) {
      return Resolution.unknown(text);
    }
    return new Resolution(
        toActor(named.kind(), role, sectorWord, text), Resolution.Kind.NAMED, sectorWord);
  }

  private static Actor toActor(Kind kind, Role role, @Nullable String sectorWord, String text) {
    switch (kind) {
      case COUNTRY, ADJECTIVE:
        return Actor.of(role.country(), sectorWord, null, text);
      case CAPITAL:
        return Actor.of(
            role.country(), sectorWord == null ? role.sector() : sectorWord, null, text);
      case SEAT:
        String sector = role.sector() == null ? sectorWord : role.sector();
        return Actor.of(role.country(), sector, null, text);
      default:
        return new Actor(role.code(), role.country(), role.sector(), role.org(), text);
    }
  }

  /** The strongest name in the phrase: people, then seats, organisations, countries. */
  private @Nullable Entry bestName(String[] raw) {
    String[] words = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      words[i] = NameKey.normalise(raw[i]);
    }
    Entry best = null;
    int i = 0;
    while (i < words.length) {
      int length = longestMatchAt(words, raw, i);
      if (length == 0) {
        i++;
        continue;
      }
      Entry entry = dictionary.entry(key(words, i, length));
      if (entry != null && (best == null || entry.kind().ordinal() < best.kind().ordinal())) {
        best = entry;
      }
      i += length;
    }
    return best;
  }

  private int longestMatchAt(String[] words, String[] raw, int start) {
    if (words[start].equals("'s") || words[start].equals(",")) {
      return 0;
    }
    int max = Math.min(dictionary.longestName(), words.length - start);
    for (int length = max; length >= 1; length--) {
      String key = key(words, start, length);
      boolean caseOk = length > 1 || !dictionary.isCaseSensitive(key) || isCapitals(raw[start]);
      if (caseOk && dictionary.entry(key) != null) {
        return length;
      }
    }
    return 0;
  }

  /** The agent noun nearest the end of the phrase, where the head noun usually sits. */
  private @Nullable String lastSector(String[] lemmas) {
    for (int end = lemmas.length; end > 0; end--) {
      int max = Math.min(dictionary.longestSector(), end);
      for (int length = max; length >= 1; length--) {
        String sector = dictionary.sector(key(lemmas, end - length, length));
        if (sector != null) {
          return sector;
        }
      }
    }
    return null;
  }

  private static String key(String[] words, int start, int length) {
    return String.join(" ", java.util.Arrays.copyOfRange(words, start, start + length));
  }

  private static boolean isCapitals(String word) {
    return word.equals(word.toUpperCase(java.util.Locale.ROOT));
  }

  private static String singular(String word) {
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
