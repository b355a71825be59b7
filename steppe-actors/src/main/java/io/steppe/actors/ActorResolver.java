package io.steppe.actors;

import io.steppe.actors.Entry.Kind;
import io.steppe.actors.Entry.Role;
import io.steppe.actors.WordIndex.Word;
import io.steppe.model.Actor;
import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the words of a noun phrase to an actor for a given date: the strongest dictionary name
 * in the phrase gives the country, organisation or person; agent nouns ("foreign ministry", "jets")
 * outside that name give the sector. Unknown names stay unknown: nothing is guessed.
 */
public final class ActorResolver {
  private final ActorDictionary dictionary;
  private final @Nullable PlaceResolver places;
  private final @Nullable ResolutionTape tape;

  public ActorResolver(ActorDictionary dictionary) {
    this(dictionary, null, null);
  }

  private ActorResolver(
      ActorDictionary dictionary, @Nullable PlaceResolver places, @Nullable ResolutionTape tape) {
    this.dictionary = dictionary;
    this.places = places;
    this.tape = tape;
  }

  /**
   * A resolver that records its phrases and answers on the tape and, once the tape is rewound,
   * answers from it: for the benchmarks that weigh resolution against the rest of coding.
   */
  public static ActorResolver taped(ActorDictionary dictionary, ResolutionTape tape) {
    return new ActorResolver(dictionary, null, tape);
  }

  /**
   * A resolver that, as CAMEO does, codes a phrase naming no actor but a place ("Samarra", "rebels
   * in Darfur") with the place's country.
   */
  public ActorResolver(ActorDictionary dictionary, Gazetteer gazetteer) {
    this(dictionary, new PlaceResolver(dictionary, gazetteer), null);
  }

  /** A dictionary name found at words [start, start + length). */
  record NameMatch(Entry entry, int start, int length) {
    boolean covers(int index) {
      return index >= start && index < start + length;
    }
  }

  /** An agent noun found at lemmas [start, ...). */
  private record SectorMatch(String sector, int start) {}

  /**
   * Resolves a phrase given as tokens in sentence order.
   *
   * @param text the phrase as written, kept on the actor
   * @param date the article's date; picks the role a person held then
   */
  public Resolution resolve(List<Token> tokens, String text, @Nullable LocalDate date) {
    return tape == null
        ? resolveUntaped(tokens, text, date)
        : tape.record(this, tokens, text, date);
  }

  Resolution resolveUntaped(List<Token> tokens, String text, @Nullable LocalDate date) {
    if (tokens.size() == 1 && !PhraseWords.isHyphen(tokens.get(0))) {
      return resolveWord(tokens.get(0), text, date);
    }
    return resolve(PhraseWords.of(tokens, dictionary), text, date);
  }

  /**
   * Resolves a one-word phrase ("Israel", "officials", "he") as {@link #resolve(PhraseWords,
   * String, LocalDate)} would. Half the coder's phrases are one word, and for them the general
   * steps come down to this: the word's own name if it has one, else its agent noun unless it is a
   * head-ending preposition. Skipping the phrase's arrays and windows saves most of their cost.
   */
  private Resolution resolveWord(Token token, String text, @Nullable LocalDate date) {
    Word asWord = dictionary.word(token.word());
    Word asLemma = PhraseWords.lemma(token, asWord, dictionary);
    boolean strange = PhraseWords.isStrange(token, asWord);
    boolean unknown = !PhraseWords.indexed(asWord) && !PhraseWords.indexed(asLemma);
    if (unknown && places == null && !(strange && NearNames.candidate(token.word()))) {
      return Resolution.unknown(text);
    }
    boolean nameable = asWord != null && !asWord.isJoiner();
    boolean caseOk = nameable && (!asWord.caseSensitive() || isCapitals(token.word()));
    Entry name = caseOk ? asWord.name() : null;
    boolean headEnd = asWord != null && asWord.endsHead();
    String sector = name == null && asLemma != null && !headEnd ? asLemma.sector() : null;
    return answer(
        name == null ? null : new NameMatch(name, 0, 1),
        sector == null ? null : new SectorMatch(sector, 0),
        PhraseWords.one(token.word(), strange),
        text,
        date);
  }

  /** Resolves free text, split on spaces (for the command line and tests). */
  public Resolution resolve(String text, @Nullable LocalDate date) {
    return resolve(PhraseWords.of(text, dictionary), text, date);
  }

  private Resolution resolve(PhraseWords phrase, String text, @Nullable LocalDate date) {
    // A phrase with no word the dictionary knows names at most a place or a misspelt country.
    if (!phrase.known() && places == null) {
      NearNames.Match near =
          phrase.strange() == null
              ? null
              : dictionary.nearNames().findUnknown(phrase.raw(), phrase.strange());
      return near == null
          ? Resolution.unknown(text)
          : answer(new NameMatch(near.entry(), near.index(), 1), null, phrase, text, date);
    }
    List<NameMatch> matches = names(phrase);
    int headEnd = headEnd(phrase.asWord(), matches);
    NameMatch named = strongest(matches, 0, headEnd);
    if (named == null) {
      named = strongest(matches, headEnd, phrase.raw().length);
    }
    SectorMatch sector = lastSector(phrase, matches, headEnd);
    // Agent words reaching before a bare name make it another body ("National Security Council").
    if (named != null && named.entry().kind() == Kind.BARE && sector != null) {
      named = sector.start() < named.start() ? null : named;
    }
    return answer(named, sector, phrase, text, date);
  }

  /** The resolution given the phrase's strongest name and its agent noun. */
  private Resolution answer(
      @Nullable NameMatch named,
      @Nullable SectorMatch sector,
      PhraseWords phrase,
      String text,
      @Nullable LocalDate date) {
    String sectorWord = sector == null ? null : sector.sector();
    if (named == null) {
      String[] raw = phrase.raw();
      boolean[] strange = phrase.strange();
      Place place = places == null ? null : places.resolve(List.of(raw), Set.of());
      if (place != null) {
        return new Resolution(
            Actor.of(place.country(), sectorWord, null, text), Resolution.Kind.NAMED, sectorWord);
      }
      NearNames.Match near =
          strange == null ? null : dictionary.nearNames().find(raw, strange, dictionary);
      if (near == null) {
        return sectorWord == null
            ? Resolution.unknown(text)
            : new Resolution(Actor.unknown(text), Resolution.Kind.SECTOR_ONLY, sectorWord);
      }
      named = new NameMatch(near.entry(), near.index(), near.length());
    }
    Role role = named.entry().roleOn(date);
    if (role == null) {
      return Resolution.unknown(text);
    }
    Actor actor = toActor(named, role, sector, text);
    return new Resolution(actor, Resolution.Kind.NAMED, sectorWord);
  }

  private static Actor toActor(
      NameMatch named, Role role, @Nullable SectorMatch sector, String text) {
    String sectorWord = sector == null ? null : sector.sector();
    return switch (named.entry().kind()) {
      case COUNTRY, ADJECTIVE -> Actor.of(role.country(), sectorWord, null, text);
      case CAPITAL ->
          Actor.of(role.country(), sectorWord == null ? role.sector() : sectorWord, null, text);
      case SEAT ->
          Actor.of(
              role.country(), role.sector() == null ? sectorWord : role.sector(), role.org(), text);
      case PERSON -> person(named, role, sector, text);
      case ORGANISATION, BARE ->
          new Actor(role.code(), role.country(), role.sector(), role.org(), text);
    };
  }

  private static Actor person(
      NameMatch named, Role role, @Nullable SectorMatch sector, String text) {
    // Outside every dated post a person gives only a country; a title written before the name
    // ("Senator Marco Rubio") says what the person was then.
    boolean titled = sector != null && sector.start() < named.start();
    if (role.period().isAlways() && role.sector() == null && titled) {
      return Actor.of(role.country(), sector.sector(), role.org(), text);
    }
    return new Actor(role.code(), role.country(), role.sector(), role.org(), text);
  }

  /** Every dictionary name in the phrase, longest first at each position, left to right. */
  static List<NameMatch> names(PhraseWords phrase) {
    List<NameMatch> matches = null;
    int i = 0;
    while (i < phrase.raw().length) {
      NameMatch match = longestMatchAt(phrase, i);
      if (match == null) {
        i++;
      } else {
        // Most phrases name nothing; the list is made for the first name found.
        matches = matches == null ? new ArrayList<>(2) : matches;
        matches.add(match);
        i += match.length();
      }
    }
    return matches == null ? List.of() : matches;
  }

  /** The index of the first head-ending preposition outside every name, or the phrase length. */
  private static int headEnd(@Nullable Word[] words, List<NameMatch> matches) {
    for (int i = 0; i < words.length; i++) {
      if (words[i] != null && words[i].endsHead() && !covered(matches, i)) {
        return i;
      }
    }
    return words.length;
  }

  /** The strongest name starting in [from, to): people, then seats, organisations, countries. */
  private static @Nullable NameMatch strongest(List<NameMatch> matches, int from, int to) {
    NameMatch best = null;
    for (NameMatch match : matches) {
      boolean inside = match.start() >= from && match.start() < to;
      // Kind is declared strongest first.
      if (inside && (best == null || match.entry().kind().compareTo(best.entry().kind()) < 0)) {
        best = match;
      }
    }
    return best;
  }

  private static @Nullable NameMatch longestMatchAt(PhraseWords phrase, int start) {
    Word[] words = phrase.asWord();
    Word first = words[start];
    if (first == null || first.isJoiner()) {
      return null;
    }
    boolean caseOk = !first.caseSensitive() || isCapitals(phrase.raw()[start]);
    Entry longest = caseOk ? first.name() : null;
    int length = 1;
    WordTree<Entry> node = first.names();
    for (int end = start + 1; end < words.length; end++) {
      node = node.next(words[end]);
      if (node == null) {
        break;
      }
      if (node.value() != null) {
        longest = node.value();
        length = end - start + 1;
      }
    }
    return longest == null ? null : new NameMatch(longest, start, length);
  }

  /**
   * The agent noun nearest the end of the phrase's head, where the head noun usually sits. Words
   * inside a name are not agent nouns ("the United States", "People's Republic"), and an office
   * after "former" is no longer held.
   */
  private @Nullable SectorMatch lastSector(
      PhraseWords phrase, List<NameMatch> matches, int headEnd) {
    for (int end = headEnd; end > 0; end--) {
      Word last = phrase.asLemma()[end - 1];
      String sector = null;
      int start = end;
      // Longest first: the walk goes back from the end, and stops at a word inside a name.
      WordTree<String> node = last == null ? null : last.sectors();
      for (int i = end - 1; node != null && i >= 0 && !inFullName(matches, i); i--) {
        if (i < end - 1) {
          node = node.next(phrase.asLemma()[i]);
        }
        if (node != null && node.value() != null) {
          sector = node.value();
          start = i;
        }
      }
      if (sector != null) {
        return inPast(phrase.asWord(), start) ? null : new SectorMatch(sector, start);
      }
    }
    return null;
  }

  private static boolean inPast(@Nullable Word[] words, int before) {
    for (int i = 0; i < before; i++) {
      if (words[i] != null && words[i].putsInPast()) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(List<NameMatch> matches, int index) {
    for (NameMatch match : matches) {
      if (match.covers(index)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word is inside a name other than a bare one, whose words agent phrases share. */
  private static boolean inFullName(List<NameMatch> matches, int index) {
    for (NameMatch match : matches) {
      if (match.covers(index) && match.entry().kind() != Kind.BARE) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCapitals(String word) {
    return word.equals(word.toUpperCase(Locale.ROOT));
  }
}
