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
