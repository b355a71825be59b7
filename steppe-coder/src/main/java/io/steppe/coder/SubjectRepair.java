package io.steppe.coder;

import io.steppe.model.text.Token;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Mends parses that hide the subject of a clause, so the clause's event has no source. Three
 * misreadings recur in news leads:
 *
 * <ul>
 *   <li>"With the signing of an accord, the government and the rebels have agreed to ...": the
 *       subject is read as an apposition inside the fronted phrase, and the verb has no subject.
 *   <li>"Workers affiliated with the union stopped work": the participle of the reduced relative
 *       clause is read as the main verb, and the real main verb hangs on it as a bare "dep".
 *   <li>"Taliban ruled Afghanistan has been sharing expertise": the participle compound ("Taliban
 *       ruled", as in "rebel-held") is read as a clausal subject whose object is the real subject.
 * </ul>
 *
 * Each repair hangs the subject on the verb again; the rest of the parse is kept.
 */
final class SubjectRepair {
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj", "expl");

  /** Words between a fronted subject and its verb: auxiliaries, negation, adverbs. */
  private static final Set<String> BEFORE_VERB = Set.of("aux", "aux:pass", "advmod", "neg");

  /**
   * Participles that make compounds of control or sponsorship ("rebel-held", "Taliban-ruled",
   * "Iran-backed"); a verb of saying or thinking ("Arnor believes Gondor can cope") takes a clause
   * instead, which the same misparse hides, and is left alone.
   */
  private static final Set<String> COMPOUND_PARTICIPLES =
      Set.of(
          "rule",
          "hold",
          "control",
          "lead",
          "back",
          "occupy",
          "run",
          "dominate",
          "sponsor",
          "govern",
          "administer",
          "own",
          "fund",
          "arm",
          "support");

  private SubjectRepair() {}

  /** Repairs {@code tokens} in place; true when anything changed. */
  static boolean repair(List<Token> tokens) {
    boolean changed = frontedAppositions(tokens);
    changed |= frontedPhraseRoots(tokens);
    changed |= reducedRelatives(tokens);
    changed |= participleCompounds(tokens);
    return changed;
  }

  /** "With X, the government and the rebels have agreed": the apposition becomes the subject. */
  private static boolean frontedAppositions(List<Token> tokens) {
    boolean changed = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token noun = tokens.get(i);
      if (!noun.relation().equals("appos") || !noun.isNoun()) {
        continue;
      }
      int first = leftEdge(tokens, noun);
      int last = rightEdge(tokens, noun);
      Token verb = verbAfter(tokens, last);
      boolean fronted =
          verb != null
              && first > 0
              && tokens.get(first - 1).word().equals(",")
              && subject(tokens, verb) == null
              && dominates(tokens, verb, noun)
              && leftEdge(tokens, verb) == 0;
      if (fronted) {
        tokens.set(noun.index(), noun.withArc(verb.index(), "nsubj"));
        changed = true;
      }
    }
    return changed;
  }

  /**
   * "With the help of Qatar, Ethiopia and Eritrea agreed to ...": the parser makes the fronted
   * phrase's noun the root, the verb a clause on it, and the subject conjuncts inside the phrase.
   * The verb becomes the root, the phrase its adjunct, and the words between the last comma and the
   * verb its subject.
   */
  private static boolean frontedPhraseRoots(List<Token> tokens) {
    Token root = tokens.stream().filter(t -> t.head() < 0).findFirst().orElse(null);
    if (root == null || !root.isNoun() || !frontedPhrase(tokens, root)) {
      return false;
    }
    for (Token verb : children(tokens, root)) {
      int comma = commaBefore(tokens, verb);
      boolean clause =
          verb.isVerb()
              && !verb.pos().equals("VBG")
              && !verb.pos().equals("VBN")
              && verb.index() > root.index()
              && subject(tokens, verb) == null
              && comma > root.index();
      List<Token> pieces = clause ? subjectPieces(tokens, comma, verb) : List.of();
      if (!pieces.isEmpty() && pieces.get(0).isNoun()) {
        tokens.set(verb.index(), verb.withArc(-1, "root"));
        tokens.set(root.index(), root.withArc(verb.index(), "obl"));
        Token subject = pieces.get(0);
        tokens.set(subject.index(), subject.withArc(verb.index(), "nsubj"));
        for (Token piece : pieces.subList(1, pieces.size())) {
          tokens.set(piece.index(), piece.withArc(subject.index(), "conj"));
        }
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence opens with a preposition of this noun ("With the help of ..."). */
  private static boolean frontedPhrase(List<Token> tokens, Token noun) {
    Token first = tokens.get(0);
    return first.head() == noun.index() && first.relation().equals("case");
  }

  private static int commaBefore(List<Token> tokens, Token verb) {
    for (int i = verb.index() - 1; i >= 0; i--) {
      if (tokens.get(i).word().equals(",")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The heads of the phrases between a comma and the verb that hang outside that stretch, in order:
   * the subject and its conjuncts. Auxiliaries and adverbs of the verb are passed over.
   */
  private static List<Token> subjectPieces(List<Token> tokens, int comma, Token verb) {
    List<Token> pieces = new java.util.ArrayList<>();
    for (int i = comma + 1; i < verb.index(); i++) {
      Token token = tokens.get(i);
      boolean inside = token.head() > comma && token.head() < verb.index();
      boolean ofVerb = token.head() == verb.index() && BEFORE_VERB.contains(token.relation());
      if (inside || ofVerb) {
        continue;
      }
      if (!token.isNoun() && !token.pos().equals("PRP")) {
        return List.of();
      }
      pieces.add(token);
    }
    return pieces;
  }

  /** "workers affiliated with the union stopped work": the "dep" verb is the clause's verb. */
  private static boolean reducedRelatives(List<Token> tokens) {
    boolean changed = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token participle = tokens.get(i);
      if (!participle.pos().equals("VBN")) {
        continue;
      }
      Token subject = subject(tokens, participle);
      if (subject == null || hasAuxiliary(tokens, participle)) {
        continue;
      }
      for (Token verb : children(tokens, participle)) {
        boolean finite = verb.pos().equals("VBD") || verb.pos().equals("VBZ");
        boolean misread =
            verb.relation().equals("dep")
                && finite
                && verb.index() > participle.index()
                && subject(tokens, verb) == null;
        if (misread) {
          tokens.set(verb.index(), verb.withArc(participle.head(), participle.relation()));
          tokens.set(subject.index(), subject.withArc(verb.index(), "nsubj"));
          tokens.set(participle.index(), participle.withArc(subject.index(), "acl"));
          changed = true;
          break;
        }
      }
    }
    return changed;
  }

  /** "Taliban ruled Afghanistan has been sharing": the compound's noun is the subject. */
  private static boolean participleCompounds(List<Token> tokens) {
    boolean changed = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token participle = tokens.get(i);
      boolean participial = participle.pos().equals("VBN") || participle.pos().equals("VBD");
      if (!participle.relation().equals("csubj")
          || !participial
          || !COMPOUND_PARTICIPLES.contains(Tree.lower(participle))) {
        continue;
      }
      Token doer = subject(tokens, participle);
      Token noun = child(tokens, participle, "obj");
      boolean compound =
          doer != null
              && noun != null
              && noun.isNoun()
              && doer.index() == participle.index() - 1
              && noun.index() == participle.index() + 1
              && child(tokens, participle, "mark") == null;
      if (compound) {
        tokens.set(noun.index(), noun.withArc(participle.head(), "nsubj"));
        tokens.set(participle.index(), participle.withArc(noun.index(), "amod"));
        changed = true;
      }
    }
    return changed;
  }

  /** The verb just after a phrase, past its own auxiliaries and adverbs, or null. */
  private static @Nullable Token verbAfter(List<Token> tokens, int last) {
    for (int i = last + 1; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.isVerb() && !BEFORE_VERB.contains(token.relation())) {
        return token;
      }
      if (token.head() <= i || !BEFORE_VERB.contains(token.relation())) {
        return null;
      }
    }
    return null;
  }

  private static @Nullable Token subject(List<Token> tokens, Token verb) {
    for (Token token : tokens) {
      if (token.head() == verb.index() && SUBJECTS.contains(token.relation())) {
        return token;
      }
    }
    return null;
  }

  private static @Nullable Token child(List<Token> tokens, Token head, String relation) {
    for (Token token : tokens) {
      if (token.head() == head.index() && token.relation().equals(relation)) {
        return token;
      }
    }
    return null;
  }

  private static List<Token> children(List<Token> tokens, Token head) {
    return tokens.stream().filter(t -> t.head() == head.index()).toList();
  }

  private static boolean hasAuxiliary(List<Token> tokens, Token verb) {
    for (Token token : tokens) {
      boolean auxiliary = token.relation().startsWith("aux") || token.relation().equals("cop");
      if (token.head() == verb.index() && auxiliary) {
        return true;
      }
    }
    return false;
  }

  private static boolean dominates(List<Token> tokens, Token ancestor, Token token) {
    Token current = token;
    for (int steps = 0; steps < tokens.size() && current.head() >= 0; steps++) {
      if (current.head() == ancestor.index()) {
        return true;
      }
      current = tokens.get(current.head());
    }
    return false;
  }

  private static int leftEdge(List<Token> tokens, Token root) {
    for (Token token : tokens) {
      if (token.index() == root.index() || dominates(tokens, root, token)) {
        return token.index();
      }
    }
    return root.index();
  }

  private static int rightEdge(List<Token> tokens, Token root) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      if (i == root.index() || dominates(tokens, root, token)) {
        return i;
      }
    }
    return root.index();
  }
}
