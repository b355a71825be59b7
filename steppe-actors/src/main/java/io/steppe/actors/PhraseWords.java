package io.steppe.actors;

import io.steppe.actors.WordIndex.Word;
import io.steppe.model.text.Token;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A phrase's words as written, each with what the dictionary knows of it as a word and as a lemma:
 * looked up once, as every step of resolving asks about every word.
 *
 * @param known whether the dictionary knows any of the words or lemmas
 * @param strange which words are proper nouns the dictionary does not know at all, the only words
 *     that may be misspelt names ({@link NearNames}); null when none is, as for most phrases
 */
record PhraseWords(
    String[] raw,
    @Nullable Word[] asWord,
    @Nullable Word[] asLemma,
    boolean known,
    boolean @Nullable [] strange) {

  private static final Word[] NONE = {};
  private static final boolean[] STRANGE = {true};

  /** The words of a coder's phrase; hyphens, which CoreNLP keeps as tokens, are left out. */
  static PhraseWords of(List<Token> tokens, ActorDictionary dictionary) {
    String[] raw = new String[tokens.size()];
    Word[] asWord = new Word[raw.length];
    Word[] asLemma = new Word[raw.length];
    boolean known = false;
    boolean[] strange = null;
    int size = 0;
    for (int i = 0; i < raw.length; i++) {
      Token token = tokens.get(i);
      if (!isHyphen(token)) {
        raw[size] = token.word();
        asWord[size] = dictionary.word(token.word());
        asLemma[size] = lemma(token, asWord[size], dictionary);
        known |= indexed(asWord[size]) || indexed(asLemma[size]);
        if (isStrange(token, asWord[size])) {
          strange = strange == null ? new boolean[raw.length] : strange;
          strange[size] = true;
        }
        size++;
      }
    }
    if (size < raw.length) {
      raw = Arrays.copyOf(raw, size);
      asWord = Arrays.copyOf(asWord, size);
      asLemma = Arrays.copyOf(asLemma, size);
      strange = strange == null ? null : Arrays.copyOf(strange, size);
    }
    return new PhraseWords(raw, asWord, asLemma, known, strange);
  }

  /** The words of free text (the command line, tests), split on spaces. */
  static PhraseWords of(String text, ActorDictionary dictionary) {
    String[] raw =
        (text.trim() + " ")
            .replace(",", " ,")
            .replace("'s ", " 's ")
            .replace("s' ", "s ' ")
            .replace('-', ' ')
            .trim()
            .split("\\s+");
    Word[] asWord = new Word[raw.length];
    Word[] asLemma = new Word[raw.length];
    boolean known = false;
    boolean[] strange = new boolean[raw.length];
    for (int i = 0; i < raw.length; i++) {
      String normal = NameKey.normalise(raw[i]);
      asWord[i] = dictionary.word(normal);
      String lemma = Lemmas.singular(normal);
      asLemma[i] = lemma.equals(normal) ? asWord[i] : dictionary.word(lemma);
      known |= indexed(asWord[i]) || indexed(asLemma[i]);
      strange[i] =
          asWord[i] == null && !raw[i].isEmpty() && Character.isUpperCase(raw[i].charAt(0));
    }
    return new PhraseWords(raw, asWord, asLemma, known, strange);
  }

  /** One word's phrase, for what {@code ActorResolver} asks of it after its own lookups. */
  static PhraseWords one(String raw, boolean strange) {
    return new PhraseWords(new String[] {raw}, NONE, NONE, true, strange ? STRANGE : null);
  }

  /** What the dictionary knows of the token's lemma, given what it knows of its word. */
  static @Nullable Word lemma(Token token, @Nullable Word asWord, ActorDictionary dictionary) {
    // CoreNLP leaves some plurals as they are ("troops", NNPS "Teachers"); sectors are singular.
    boolean plural = token.pos().equals("NNS") || token.pos().equals("NNPS");
    if (token.lemma().equals(token.word()) && !plural) {
      // Names keep their spelling as lemmas: looked up once.
      return asWord;
    }
    return plural
        ? dictionary.word(Lemmas.singular(NameKey.normalise(token.lemma())))
        : dictionary.word(token.lemma());
  }

  /** Whether the token is a proper noun the dictionary does not know at all. */
  static boolean isStrange(Token token, @Nullable Word asWord) {
    return asWord == null && token.pos().startsWith("NNP");
  }

  /** Whether the word starts a name or ends an agent phrase. */
  static boolean indexed(@Nullable Word word) {
    return word != null && word.indexed();
  }

  static boolean isHyphen(Token token) {
    return token.word().equals("-");
  }
}
