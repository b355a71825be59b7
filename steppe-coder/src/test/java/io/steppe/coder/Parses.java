package io.steppe.coder;

import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.List;

/** Parses written by hand as CoreNLP gives them, for the parse repair tests. */
final class Parses {
  private Parses() {}

  /** Builds a sentence from "word/lemma/POS/head/relation" items, separated by spaces. */
  static ParsedSentence parse(String... items) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String item : items) {
      String[] part = item.split("/");
      int begin = text.length();
      text.append(part[0]).append(' ');
      tokens.add(
          new Token(
              tokens.size(),
              part[0],
              part[1],
              part[2],
              "O",
              begin,
              begin + part[0].length(),
              Integer.parseInt(part[3]),
              part[4]));
    }
    return new ParsedSentence(0, text.toString().strip(), 0, tokens);
  }

  /** Each token as "word:relation:head", in order. */
  static String arcs(ParsedSentence sentence) {
    List<String> arcs = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      arcs.add(token.word() + ":" + token.relation() + ":" + token.head());
    }
    return String.join(" ", arcs);
  }
}
