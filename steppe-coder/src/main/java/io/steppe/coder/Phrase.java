package io.steppe.coder;

import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The words of a noun phrase that name its actor: the head with its compounds, adjectives,
 * possessor and "of"/"for" complements ("the spokesman for Iran's foreign ministry"), but not its
 * coordinated nouns, which are actors of their own.
 */
final class Phrase {
  private static final Set<String> NAMING =
      Set.of("compound", "amod", "flat", "nmod:poss", "det", "nummod", "case", "nmod", "det:poss");
  private static final Set<String> NAMING_PREPOSITIONS = Set.of("of", "for", "from", "'s", "");

  // "strikers throughout Kazakhstan", "protesters across Iran": where a group is says whose it is.
  private static final Set<String> PLACE_CASES = Set.of("in", "throughout", "across");

  private Phrase() {}

  /** The head and its naming dependents, in sentence order. */
  static List<Token> tokens(Tree tree, Token head) {
    List<Token> tokens = new ArrayList<>();
    tokens.add(head);
    collect(tree, head, tokens, 0);
    tokens.sort(Comparator.comparingInt(Token::index));
    return tokens;
  }

  /**
   * The head's words with the places it is in ("the rebels in Darfur", "strikers throughout
   * Kyrgyzstan", "lawmakers in Bishkek"): for an agent noun that names no country of its own, the
   * place says whose it is.
   */
  static List<Token> withPlaces(Tree tree, Token head) {
    List<Token> tokens = tokens(tree, head);
    for (Token child : tree.children(head)) {
      if (Tree.base(child.relation()).equals("nmod") && PLACE_CASES.contains(tree.caseOf(child))) {
        for (Token token : tree.children(child)) {
          if (token.relation().equals("case")) {
            tokens.add(token);
          }
        }
        tokens.addAll(tokens(tree, child));
      }
    }
    tokens.sort(Comparator.comparingInt(Token::index));
    return tokens;
  }

  private static void collect(Tree tree, Token head, List<Token> into, int depth) {
    if (depth > 4) {
      return;
    }
    for (Token child : tree.children(head)) {
      boolean ownPreposition =
          depth == 0 && child.relation().equals("case") && !isPossessive(child);
      if (!ownPreposition && names(tree, child)) {
        into.add(child);
        collect(tree, child, into, depth + 1);
      }
    }
  }

  private static boolean names(Tree tree, Token child) {
    String relation = child.relation();
    if (relation.equals("punct")) {
      return child.pos().equals("HYPH");
    }
    if (relation.equals("dep")) {
      return hyphenedToHead(tree, child);
    }
    // "the US-led war": the leader before "-led", whatever the parser calls it ("obl"); not the
    // place before "-based", which says where the head is, not whose it is.
    if (hyphenedToHead(tree, child) && Tree.lower(tree.head(child)).equals("lead")) {
      return true;
    }
    if (!NAMING.contains(relation) && !NAMING.contains(Tree.base(relation))) {
      return false;
    }
    if (relation.equals("case")) {
      return child.word().equals("'s")
          || child.word().equals("'")
          || NAMING_PREPOSITIONS.contains(Tree.lower(child));
    }
    if (Tree.base(relation).equals("nmod") && !relation.equals("nmod:poss")) {
      return NAMING_PREPOSITIONS.contains(tree.caseOf(child));
    }
    return true;
  }

  /** "Vietnamese-led forces": the parser leaves the word before the hyphen as a bare "dep". */
  private static boolean hyphenedToHead(Tree tree, Token child) {
    Token head = tree.head(child);
    int hyphen = child.index() + 1;
    return head != null
        && head.index() == hyphen + 1
        && tree.tokens().get(hyphen).pos().equals("HYPH");
  }

  private static boolean isPossessive(Token token) {
    return token.word().equals("'s") || token.word().equals("'") || token.word().equals("’s");
  }

  /** The text the tokens span in the sentence. */
  static String text(Tree tree, List<Token> tokens) {
    int begin = tokens.get(0).begin();
    int end = tokens.get(tokens.size() - 1).end();
    return tree.sentence().text().substring(begin, end);
  }

  /** The head followed by the nominals coordinated with it ("Israel and the United States"). */
  static List<Token> conjuncts(Tree tree, Token head) {
    List<Token> heads = new ArrayList<>();
    addConjuncts(tree, head, heads);
    return heads;
  }

  private static void addConjuncts(Tree tree, Token head, List<Token> into) {
    into.add(head);
    for (Token child : tree.children(head)) {
      boolean listedName =
          child.relation().equals("appos")
              && child.isProperNoun()
              && (child.ner().equals("LOCATION") || child.ner().equals("ORGANIZATION"));
      if ((child.relation().equals("conj") && !child.isVerb()) || listedName) {
        addConjuncts(tree, child, into);
      }
    }
  }
}
