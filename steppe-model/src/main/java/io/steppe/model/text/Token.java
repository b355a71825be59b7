package io.steppe.model.text;

/**
 * One token of an annotated sentence, with its dependency arc.
 *
 * @param index 0-based position in the sentence
 * @param begin character offset in the sentence text
 * @param end character offset in the sentence text (exclusive)
 * @param ner named-entity class ({@code O} when none)
 * @param head index of the governor, or -1 for the root
 * @param relation Universal Dependencies relation to the governor ({@code root} for the root)
 */
public record Token(
    int index,
    String word,
    String lemma,
    String pos,
    String ner,
    int begin,
    int end,
    int head,
    String relation) {

  /** The same token hung on another head by another relation, for repairs of the parse. */
  public Token withArc(int newHead, String newRelation) {
    return new Token(index, word, lemma, pos, ner, begin, end, newHead, newRelation);
  }

  /** The same token with another part-of-speech tag, for repairs of the tagging. */
  public Token withPos(String newPos) {
    return new Token(index, word, lemma, newPos, ner, begin, end, head, relation);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
