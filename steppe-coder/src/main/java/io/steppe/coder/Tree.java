package io.steppe.coder;

import io.steppe.actors.ActorResolver;
import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Navigation over one sentence's dependency tree, with the children of every token indexed. */
final class Tree {
  private final ParsedSentence sentence;
  private final List<List<Token>> children;
  private @Nullable PhraseActors phraseActors;

  /** {@link #lower} of every token, which pattern matching asks for many times per token. */
  private final String[] lowered;

  Tree(ParsedSentence parsed) {
    ParsedSentence sentence = ParseRepair.repair(parsed);
    this.sentence = sentence;
    this.children = new ArrayList<>(sentence.size());
    for (int i = 0; i < sentence.size(); i++) {
      children.add(new ArrayList<>(2));
    }
    this.lowered = new String[sentence.size()];
    for (Token token : sentence.tokens()) {
      lowered[token.index()] = lower(token);
      if (token.head() >= 0) {
        children.get(token.head()).add(token);
      }
    }
  }

  /** The sentence's noun phrases as this resolver resolves them, each once. */
  PhraseActors phraseActors(ActorResolver resolver) {
    if (phraseActors == null || phraseActors.resolver() != resolver) {
      phraseActors = new PhraseActors(this, resolver);
    }
    return phraseActors;
  }

  /** {@link #lower} of a token of this sentence. */
  String lowered(Token token) {
    return lowered[token.index()];
  }

  ParsedSentence sentence() {
    return sentence;
  }

  Token token(int index) {
    return sentence.token(index);
  }

  List<Token> tokens() {
    return sentence.tokens();
  }

  List<Token> children(Token token) {
    return children.get(token.index());
  }

  @Nullable Token head(Token token) {
    return token.head() < 0 ? null : sentence.token(token.head());
  }

  /**
   * The first child whose relation is one of {@code relations} (subtypes included: "obl:tmod" is an
   * "obl").
   */
  @Nullable Token child(Token token, Set<String> relations) {
    for (Token child : children(token)) {
      if (relations.contains(child.relation()) || relations.contains(base(child.relation()))) {
        return child;
      }
    }
    return null;
  }

  /**
   * The children of {@code head} whose relation is one of {@code relations} (subtypes included) and
   * whose preposition is one of {@code prepositions}: a verb's "by" phrase, a noun's "of".
   */
  List<Token> phrases(Token head, Set<String> relations, Set<String> prepositions) {
    List<Token> phrases = new ArrayList<>();
    for (Token child : children(head)) {
      if (relations.contains(base(child.relation())) && prepositions.contains(caseOf(child))) {
        phrases.add(child);
      }
    }
    return phrases;
  }

  /** The first of {@link #phrases}, or null. */
  @Nullable Token phrase(Token head, Set<String> relations, Set<String> prepositions) {
    List<Token> phrases = phrases(head, relations, prepositions);
    return phrases.isEmpty() ? null : phrases.get(0);
  }

  boolean hasChild(Token token, String relation, Set<String> lemmas) {
    for (Token child : children(token)) {
      if (base(child.relation()).equals(relation) && lemmas.contains(lower(child))) {
        return true;
      }
    }
    return false;
  }

  /** The preposition ("case" child) that introduces a nominal, or "" when none. */
  String caseOf(Token nominal) {
    StringBuilder prep = new StringBuilder();
    for (Token child : children(nominal)) {
      if (child.relation().equals("case")
          && !child.word().equals("'s")
          && !child.word().equals("'")) {
        if (prep.length() > 0) {
          prep.append(' ');
        }
        prep.append(lower(child));
      }
    }
    return prep.toString();
  }

  /**
   * Whether a verb is passive; "forces were engaged in fighting" is not: a statal verb of
   * agency.tsv with its preposition and no "by" agent is a state of its subject.
   */
  boolean isPassive(Token verb) {
    boolean passive = false;
    for (Token child : children(verb)) {
      String relation = child.relation();
      if (relation.equals("nsubj:pass")
          || relation.equals("aux:pass")
          || relation.equals("csubj:pass")) {
        passive = true;
      }
    }
    return passive && !isStatal(verb);
  }

  private boolean isStatal(Token verb) {
    String preposition = AgencyVerbs.statalPreposition(lower(verb));
    if (preposition == null) {
      return false;
    }
    boolean statal = false;
    for (Token child : children(verb)) {
      if (Tree.base(child.relation()).equals("obl")) {
        String prep = caseOf(child);
        if (prep.equals("by")) {
          return false;
        }
        statal |= prep.equals(preposition);
      }
    }
    return statal;
  }

  /**
   * Whether a phrase can name an actor of its own: every name, demonym or capital is written with a
   * capital letter. Saves resolving the many phrases that name none.
   */
  boolean mayName(Token head, int depth) {
    if (Character.isUpperCase(head.word().charAt(0))) {
      return true;
    }
    for (Token token : descendants(head, depth)) {
      if (Character.isUpperCase(token.word().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Every token below {@code root} (not the root itself), at most {@code depth} arcs down. */
  List<Token> descendants(Token root, int depth) {
    List<Token> result = new ArrayList<>();
    collect(root, depth, result);
    return result;
  }

  private void collect(Token root, int depth, List<Token> into) {
    if (depth == 0) {
      return;
    }
    for (Token child : children(root)) {
      into.add(child);
      collect(child, depth - 1, into);
    }
  }

  /** True when {@code ancestor} is {@code token} or above it. */
  boolean dominates(Token ancestor, Token token) {
    Token current = token;
    for (int guard = 0; current != null && guard < sentence.size(); guard++) {
      if (current.index() == ancestor.index()) {
        return true;
      }
      current = head(current);
    }
    return false;
  }

  static String base(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /**
   * The word with the pieces a hyphen joins to it before ("cease - fire" gives "cease-fire"), as
   * the lexicon writes hyphenated words; the tokenizer splits them. Just {@link #lower} otherwise.
   */
  static String hyphenated(List<Token> tokens, Token token) {
    if (!isHyphenated(tokens, token)) {
      return lower(token);
    }
    int i = token.index();
    StringBuilder word = new StringBuilder(lower(token));
    while (i >= 2 && tokens.get(i - 1).word().equals("-")) {
      word.insert(0, tokens.get(i - 2).word().toLowerCase(java.util.Locale.ROOT) + "-");
      i -= 2;
    }
    return word.toString();
  }

  /** Whether a hyphen joins the word before to this one ("cease - fire"). */
  static boolean isHyphenated(List<Token> tokens, Token token) {
    int i = token.index();
    return i >= 2 && tokens.get(i - 1).word().equals("-");
  }

  static String lower(Token token) {
    String lemma = token.lemma().toLowerCase(java.util.Locale.ROOT);
    // CoreNLP leaves some plurals as they are ("troops"); lexicon entries are singular.
    if (token.pos().equals("NNS")
        && lemma.endsWith("s")
        && !lemma.endsWith("ss")
        && lemma.length() > 3) {
      return lemma.substring(0, lemma.length() - 1);
    }
    return lemma;
  }
}
