package io.steppe.coder;

import io.steppe.model.text.ParseScreen;
import io.steppe.model.text.Token;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parse screen for a lexicon: a sentence is parsed when a word in it could head a lexicon
 * pattern or introduce a claim, or when it may hold the antecedent of a pronoun or description in
 * such a sentence shortly after. A sentence the coder cannot draw an event or a claim from skips
 * the named-entity tagger and the dependency parser.
 */
public final class CodingScreen implements ParseScreen {
  /** How far back a pronoun's antecedent is looked for, in sentences that name something. */
  private static final int ANTECEDENT_SENTENCES = 3;

  /** How many sentences back that search may go at most. */
  private static final int ANTECEDENT_REACH = 6;

  private final Lexicon lexicon;

  public CodingScreen(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public BitSet select(List<List<Token>> sentences) {
    BitSet parse = new BitSet(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      List<Token> tokens = sentences.get(i);
      if (isCodable(tokens) || isInterviewLabel(tokens)) {
        parse.set(i);
        markAntecedents(sentences, i, parse);
      }
    }
    return parse;
  }

  /**
   * Whether some pattern could match: its head is here with the right part of speech and every
   * other word it asks for is somewhere in the sentence; or a reporting verb or "according to" may
   * introduce a claim. The parse can only narrow this down, never widen it.
   */
  boolean isCodable(List<Token> tokens) {
    Set<String> words = new HashSet<>();
    for (Token token : tokens) {
      words.add(Tree.lower(token));
      words.add(token.word().toLowerCase(Locale.ROOT));
      words.add(Tree.hyphenated(tokens, token));
    }
    if (words.contains("according")) {
      return true;
    }
    for (Token token : tokens) {
      String lemma = Tree.lower(token);
      if (token.isVerb()
          && (Reporting.SPEECH_VERBS.contains(lemma)
              || anyMatches(lexicon.verbPatterns(tokens, token), words))) {
        return true;
      }
      if (token.isNoun() && anyMatches(lexicon.nounPatterns(tokens, token), words)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyMatches(List<LexiconEntry> entries, Set<String> words) {
    for (LexiconEntry entry : entries) {
      if (entry.elements().stream().allMatch(e -> e.word().isEmpty() || words.contains(e.word()))) {
        return true;
      }
    }
    return false;
  }

  /** "Knyazev: ..." opens an interview turn; ClaimFinder attributes the turn to the name. */
  private static boolean isInterviewLabel(List<Token> tokens) {
    for (int i = 0; i < Math.min(tokens.size(), 6); i++) {
      Token token = tokens.get(i);
      if (token.word().equals(":")) {
        return i > 0;
      }
      if (!Character.isUpperCase(token.word().charAt(0)) && !token.word().equals(".")) {
        return false;
      }
    }
    return false;
  }

  /** Discourse memory reads the subjects of the sentences before: parse those that name someone. */
  private static void markAntecedents(List<List<Token>> sentences, int index, BitSet parse) {
    int found = 0;
    for (int i = index - 1; i >= Math.max(0, index - ANTECEDENT_REACH); i--) {
      if (sentences.get(i).stream().anyMatch(CodingScreen::isName)) {
        parse.set(i);
        if (++found == ANTECEDENT_SENTENCES) {
          return;
        }
      }
    }
  }

  private static boolean isName(Token token) {
    return token.isProperNoun() || token.pos().startsWith("PRP");
  }
}
