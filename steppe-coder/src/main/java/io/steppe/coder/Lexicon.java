package io.steppe.coder;

import io.steppe.coder.LexiconEntry.Element;
import io.steppe.coder.LexiconEntry.ElementType;
import io.steppe.coder.LexiconEntry.Kind;
import io.steppe.model.CameoTable;
import io.steppe.model.TsvLine;
import io.steppe.model.text.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Verb and event-noun patterns mapped to CAMEO codes, read from {@code verbs.tsv} and {@code
 * nouns.tsv} (format documented at the top of each file and in steppe-coder/README.md).
 */
public final class Lexicon {
  /** Words that introduce the target or must be present as prepositions or markers. */
  static final Set<String> PREPOSITIONS =
      Set.of(
          "on",
          "over",
          "about",
          "with",
          "against",
          "for",
          "of",
          "to",
          "from",
          "at",
          "in",
          "into",
          "between",
          "toward",
          "towards",
          "upon",
          "by",
          "regarding",
          "amid",
          "among",
          "across",
          "behind",
          "after",
          "onto",
          "through",
          "under",
          "within",
          "without",
          "as",
          "off",
          "out");

  private static final Lexicon BUNDLED = load(List.of());

  private final Map<String, List<LexiconEntry>> verbs;
  private final Map<String, List<LexiconEntry>> nouns;
  private final List<LexiconEntry> entries;
  private final boolean petrarchReading;

  private Lexicon(List<LexiconEntry> entries) {
    this(entries, false);
  }

  private Lexicon(List<LexiconEntry> entries, boolean petrarchReading) {
    this.entries = List.copyOf(entries);
    this.petrarchReading = petrarchReading;
    Map<String, List<LexiconEntry>> verbMap = new HashMap<>();
    Map<String, List<LexiconEntry>> nounMap = new HashMap<>();
    for (LexiconEntry entry : entries) {
      Map<String, List<LexiconEntry>> map = entry.kind() == Kind.VERB ? verbMap : nounMap;
      map.computeIfAbsent(entry.head(), k -> new ArrayList<>()).add(entry);
    }
    this.verbs = Collections.unmodifiableMap(verbMap);
    this.nouns = Collections.unmodifiableMap(nounMap);
  }

  public static Lexicon bundled() {
    return BUNDLED;
  }

  /** The bundled patterns followed by those in each extra file (verbs or nouns by file name). */
  public static Lexicon load(List<Path> extraFiles) {
    List<LexiconEntry> entries = new ArrayList<>();
    read(TsvLine.readResource(Lexicon.class, "verbs.tsv"), Kind.VERB, entries);
    read(TsvLine.readResource(Lexicon.class, "nouns.tsv"), Kind.NOUN, entries);
    for (Path file : extraFiles) {
      Kind kind = file.getFileName().toString().startsWith("noun") ? Kind.NOUN : Kind.VERB;
      read(TsvLine.readFile(file), kind, entries);
    }
    return new Lexicon(entries);
  }

  /**
   * A lexicon of only these lines, in the format of {@code verbs.tsv} and {@code nouns.tsv}: for
   * readers of other dictionary formats, which translate their entries into Steppe patterns, and
   * for tests.
   */
  public static Lexicon fromLines(List<TsvLine> verbLines, List<TsvLine> nounLines) {
    List<LexiconEntry> entries = new ArrayList<>();
    read(verbLines, Kind.VERB, entries);
    read(nounLines, Kind.NOUN, entries);
    return new Lexicon(entries);
  }

  /**
   * The same patterns applied the way PETRARCH applies its dictionaries: a pattern that places no
   * target takes the first actor named after the verb ({@link FollowingActor}), and a verb keeps
   * its code when a speech verb reports it as future ("will abandon ties, an official said"), where
   * Steppe's own lexicon makes it an intent.
   */
  public Lexicon readAsPetrarch() {
    return new Lexicon(entries, true);
  }

  boolean petrarchReading() {
    return petrarchReading;
  }

  /** Whether a pattern word is read as a preposition or marker (see {@link #PREPOSITIONS}). */
  public static boolean isPreposition(String word) {
    return PREPOSITIONS.contains(word);
  }

  /**
   * The verb patterns headed by this token, under its hyphenated form first ("test-fire"). PETRARCH
   * dictionaries list some verbs by an inflected form ("LEFT" apart from "LEAVE"), which PETRARCH
   * matches as written: under the PETRARCH reading, patterns entered under the word itself come
   * before those of its lemma.
   */
  List<LexiconEntry> verbPatterns(List<Token> tokens, Token token) {
    if (petrarchReading) {
      List<LexiconEntry> written = verbs.get(token.word().toLowerCase(Locale.ROOT));
      if (written != null) {
        return written;
      }
    }
    return headed(verbs, tokens, token);
  }

  /** The noun patterns headed by this token, under its hyphenated form first ("cease-fire"). */
  List<LexiconEntry> nounPatterns(List<Token> tokens, Token token) {
    return headed(nouns, tokens, token);
  }

  private static List<LexiconEntry> headed(
      Map<String, List<LexiconEntry>> map, List<Token> tokens, Token token) {
    List<LexiconEntry> joined =
        Tree.isHyphenated(tokens, token) ? map.get(Tree.hyphenated(tokens, token)) : null;
    return joined != null ? joined : map.getOrDefault(Tree.lower(token), List.of());
  }

  boolean isEventNoun(String lemma) {
    return nouns.containsKey(lemma);
  }

  boolean isEventVerb(String lemma) {
    return verbs.containsKey(lemma);
  }

  public List<LexiconEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  private static void read(List<TsvLine> lines, Kind kind, List<LexiconEntry> into) {
    CameoTable table = CameoTable.bundled();
    for (TsvLine line : lines) {
      line.requireCells(2, 3);
      String[] codes = line.cell(0).split(":", -1);
      for (String code : codes) {
        if (table.find(code).isEmpty()) {
          throw line.error("unknown CAMEO code '" + code + "' (see cameo.tsv)");
        }
      }
      if (codes.length > 2) {
        throw line.error("at most two codes, CODE:REVERSE, found '" + line.cell(0) + "'");
      }
      LexiconEntry entry = parse(codes[0], kind, line.cell(1), line);
      into.add(codes.length == 1 ? entry : entry.withReverse(codes[1]));
    }
  }

  static LexiconEntry parse(String code, Kind kind, String pattern, TsvLine line) {
    String[] words = pattern.trim().split("\\s+");
    if (words[0].isEmpty() || words[0].startsWith("{")) {
      throw line.error("a pattern starts with its head lemma, found '" + pattern + "'");
    }
    List<Element> elements = new ArrayList<>();
    int targets = 0;
    for (int i = 1; i < words.length; i++) {
      String word = words[i];
      if (word.equals("{target}")) {
        targets++;
        int last = elements.size() - 1;
        if (last >= 0 && elements.get(last).type() == ElementType.PREP) {
          elements.set(last, new Element(ElementType.TARGET_PREP, elements.get(last).word()));
        } else {
          elements.add(new Element(ElementType.TARGET_OBJECT, ""));
        }
      } else if (word.startsWith("{")) {
        throw line.error("unknown slot '" + word + "': only {target} is defined");
      } else {
        ElementType type = PREPOSITIONS.contains(word) ? ElementType.PREP : ElementType.WORD;
        elements.add(new Element(type, word));
      }
    }
    if (targets > 1) {
      throw line.error("a pattern has at most one {target}, found " + targets);
    }
    return new LexiconEntry(code, kind, words[0], elements, pattern.trim(), line.origin(), null);
  }
}
