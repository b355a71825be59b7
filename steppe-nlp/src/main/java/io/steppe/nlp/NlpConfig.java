package io.steppe.nlp;

import java.util.List;

/**
 * Which annotators run and the longest sentence parsed.
 *
 * @param annotators CoreNLP annotator names in pipeline order
 * @param maxSentenceTokens sentences longer than this keep their tokens but get no parse
 */
public record NlpConfig(List<String> annotators, int maxSentenceTokens) {
  public NlpConfig {
    annotators = List.copyOf(annotators);
  }

  /** The full pipeline the coder needs. */
  public static NlpConfig defaults() {
    return new NlpConfig(List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"), 150);
  }
}
