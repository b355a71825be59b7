package io.steppe.coder;

import io.steppe.coder.LexiconEntry.Element;
import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Matches lexicon patterns against the dependents of a verb or event noun and finds the target.
 * Prepositions are looked for both as "case" of a nominal and as "mark" of a clause, because the
 * parser attaches "call on Iran to stop" either way.
 */
final class PatternMatcher {
  private static final Set<String> OBJECTS = Set.of("obj", "dobj", "iobj");
  private static final int SEARCH_DEPTH = 3;
  private static final Set<String> REPORTING =
      Set.of("say", "tell", "report", "add", "state", "claim", "confirm");

  /**
   * The result of a match.
   *
   * @param target the head token of the target, or null when the pattern found none
   * @param targetPath how the target was found, for {@code why}
   * @param consumed tokens the pattern used (light-verb nouns are not coded again as nouns)
   */
  record Match(
      LexiconEntry entry, @Nullable Token target, String targetPath, List<Token> consumed) {}

  private PatternMatcher() {}

  /** The most specific pattern that matches, or null. */
  static @Nullable Match best(Tree tree, Token head, List<LexiconEntry> candidates) {
    if (candidates.isEmpty()) {
      return null;
    }
    List<Token> nearby = outsideReports(tree, head, tree.descendants(head, SEARCH_DEPTH));
    Token subject = activeSubject(tree, head);
    if (subject != null) {
      nearby = outsideFronted(tree, head, subject, nearby);
    }
    List<Token> withoutSubject = subject == null ? nearby : outside(tree, nearby, subject);
    Match best = null;
    for (LexiconEntry entry : candidates) {
      // "Human rights organization Amnesty demanded ...": words inside the subject do not make
      // "demand right", unless the pattern names the subject itself ("a car bomb killed").
      List<Token> words = subject != null && names(tree, entry, subject) ? nearby : withoutSubject;
      Match match = match(tree, head, entry, words);
      if (match != null && (best == null || better(match, best))) {
        best = match;
      }
    }
    return best;
  }

  /**
   * "Militants killed 20 soldiers, the provincial governor said": a reporting clause the parser
   * hangs inside the head's subtree names who told of the event, never a word of its pattern.
   */
  private static List<Token> outsideReports(Tree tree, Token head, List<Token> tokens) {
    List<Token> kept = tokens;
    for (Token token : tokens) {
      boolean reporting =
          token.index() != head.index()
              && token.isVerb()
              && REPORTING.contains(Tree.lower(token))
              && tree.child(token, Set.of("nsubj")) != null;
      if (reporting) {
        kept = outside(tree, kept, token);
      }
    }
    return kept;
  }

  /**
   * "With the signing of the accord, the two sides agreed to ...": a phrase fronted before the
   * subject sets the scene of the clause; it is no argument of the verb ("agree with {target}").
   */
  private static List<Token> outsideFronted(
      Tree tree, Token head, Token subject, List<Token> tokens) {
    List<Token> kept = tokens;
    for (Token child : tree.children(head)) {
      if (isScene(child, subject)) {
        kept = outside(tree, kept, child);
      }
    }
    return kept;
  }

  /** Whether a dependent of a verb is a phrase fronted before the verb's subject. */
  static boolean isScene(Token child, @Nullable Token subject) {
    boolean adjunct = child.relation().equals("obl") || child.relation().equals("advcl");
    return adjunct && subject != null && child.index() < subject.index();
  }

  private static @Nullable Token activeSubject(Tree tree, Token head) {
    for (Token child : tree.children(head)) {
      if (child.relation().equals("nsubj")) {
        return child;
      }
    }
    return null;
  }

  private static boolean names(Tree tree, LexiconEntry entry, Token subject) {
    String lemma = tree.lowered(subject);
    for (Element element : entry.elements()) {
      if (element.word().equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  private static List<Token> outside(Tree tree, List<Token> tokens, Token subject) {
    List<Token> kept = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      if (!tree.dominates(subject, token)) {
        kept.add(token);
      }
    }
    return kept;
  }

  private static boolean better(Match a, Match b) {
    int bySpecificity = Integer.compare(a.entry().specificity(), b.entry().specificity());
    if (bySpecificity != 0) {
      return bySpecificity > 0;
    }
    if ((a.target() == null) != (b.target() == null)) {
      return a.target() != null;
    }
    // A content word ("strike hunger") tells more than a preposition ("strike on").
    return words(a.entry()) > words(b.entry());
  }

  private static long words(LexiconEntry entry) {
    return entry.elements().stream().filter(e -> e.type() == LexiconEntry.ElementType.WORD).count();
  }

  private static boolean isDate(Token token) {
    return token.ner().equals("DATE") || token.ner().equals("TIME") || DateFinder.isTemporal(token);
  }

  private static @Nullable Match match(
      Tree tree, Token head, LexiconEntry entry, List<Token> nearby) {
    List<Token> consumed = new ArrayList<>();
    Token target = null;
    String path = "";
    for (Element element : entry.elements()) {
      switch (element.type()) {
        case WORD -> {
          Token word = findWord(tree, head, nearby, element.word());
          if (word == null) {
            return null;
          }
          consumed.add(word);
        }
        case PREP -> {
          if (findPrep(tree, head, nearby, consumed, element.word()) == null) {
            return null;
          }
        }
        case TARGET_PREP -> {
          Token prep =
              findPrep(
                  tree, head, withoutInfinitiveMarkers(tree, nearby), consumed, element.word());
          if (prep == null) {
            return null;
          }
          // "a hunger strike on Monday": a date after the preposition is no target.
          Token found = prepTarget(tree, head, prep);
          target = found == null || isDate(found) ? null : found;
          path = target == null ? "" : element.word() + " -> target";
        }
        case TARGET_OBJECT -> {
          target = objectOf(tree, head, consumed);
          path =
              target == null ? "" : tree.isPassive(head) ? "nsubj:pass -> target" : "obj -> target";
        }
      }
    }
    return new Match(entry, target, path, consumed);
  }

  private static List<Token> withoutInfinitiveMarkers(Tree tree, List<Token> tokens) {
    List<Token> kept = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      if (!isInfinitiveMarker(tree, token)) {
        kept.add(token);
      }
    }
    return kept;
  }

  /**
   * "give Tanzania a grant to finance projects": the "to" of a purpose infinitive introduces no
   * recipient, so "give grant to {target}" does not take the infinitive's object as its target.
   */
  private static boolean isInfinitiveMarker(Tree tree, Token prep) {
    Token clause = tree.head(prep);
    // A "to" tagged IN is a preposition the parser hung on the clause ("appealed to the UN to
    // act", the UN as the clause's subject): that one does introduce the target.
    return prep.relation().equals("mark")
        && prep.pos().equals("TO")
        && clause != null
        && clause.pos().equals("VB");
  }

  private static @Nullable Token findWord(Tree tree, Token head, List<Token> nearby, String lemma) {
    for (Token token : nearby) {
      boolean same =
          tree.lowered(token).equals(lemma)
              || lemma.indexOf('-') > 0 && Tree.hyphenated(tree.tokens(), token).equals(lemma);
      if (same && tree.dominates(head, token)) {
        return token;
      }
    }
    return null;
  }

  /**
   * A preposition or marker that belongs to the head: on one of its dependents, or on a dependent
   * of its object or light-verb noun ("express concern over X"), not anywhere in the subtree.
   */
  private static @Nullable Token findPrep(
      Tree tree, Token head, List<Token> nearby, List<Token> consumed, String word) {
    for (Token token : nearby) {
      String relation = token.relation();
      boolean functional =
          relation.equals("case")
              || relation.equals("mark")
              || relation.startsWith("compound:prt")
              || relation.equals("fixed")
              || relation.equals("advmod");
      // "ready to send peacekeepers to Lebanon": the head's own "to" introduces nothing.
      boolean ownMarker = relation.equals("mark") && token.head() == head.index();
      // "send up to 300 troops to the mission": a bound on a number is no preposition.
      Token governor = tree.head(token);
      boolean bound = governor != null && governor.pos().equals("CD");
      if (functional
          && !ownMarker
          && !bound
          && tree.lowered(token).equals(word)
          && belongsTo(tree, head, token, consumed)) {
        return token;
      }
    }
    return null;
  }

  private static boolean belongsTo(Tree tree, Token head, Token prep, List<Token> consumed) {
    Token governor = tree.head(prep);
    if (governor == null || governor.index() == head.index()) {
      return true;
    }
    if (prep.relation().equals("fixed")) {
      return belongsTo(tree, head, governor, consumed);
    }
    Token above = tree.head(governor);
    if (above == null) {
      return false;
    }
    Token aboveHead = tree.head(above);
    boolean onObject =
        OBJECTS.contains(above.relation())
            && aboveHead != null
            && aboveHead.index() == head.index();
    // "pulled out of Lebanon": "of Lebanon" hangs on the particle "out" of the head.
    boolean onParticle =
        aboveHead != null
            && aboveHead.index() == head.index()
            && (above.relation().equals("advmod") || above.relation().startsWith("compound:prt"));
    return above.index() == head.index() || consumed.contains(above) || onObject || onParticle;
  }

  /** The nominal a preposition introduces: its head for "case", the clause's subject for "mark". */
  private static @Nullable Token prepTarget(Tree tree, Token head, Token prep) {
    if (prep.relation().equals("fixed") && tree.head(prep) != null) {
      // "out of Lebanon": "of" is fixed to "out", which is the case of the nominal.
      return prepTarget(tree, head, tree.head(prep));
    }
    Token governor = tree.head(prep);
    if (governor == null) {
      return null;
    }
    if (prep.relation().equals("mark")) {
      Token subject = tree.child(governor, Set.of("nsubj"));
      return subject != null ? subject : tree.child(governor, OBJECTS);
    }
    if (prep.relation().startsWith("compound:prt") || governor.index() == head.index()) {
      return tree.child(head, OBJECTS);
    }
    return governor.isVerb() ? null : governor;
  }

  private static @Nullable Token objectOf(Tree tree, Token head, List<Token> consumed) {
    if (tree.isPassive(head)) {
      return tree.child(head, Set.of("nsubj:pass"));
    }
    for (Token child : tree.children(head)) {
      if (OBJECTS.contains(child.relation()) && !consumed.contains(child)) {
        return child;
      }
    }
    // "held Israel responsible": the object is the subject of a small clause.
    Token clause = tree.child(head, Set.of("xcomp"));
    return clause == null || clause.isVerb() ? null : tree.child(clause, Set.of("nsubj"));
  }
}
