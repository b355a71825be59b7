package io.steppe.actors;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Phrases of several words stored word by word, each node holding what the phrase read so far
 * stands for. The resolver looks for the longest name starting at a word (or agent phrase ending at
 * it) by walking the tree one word at a time: it stops at the first word no phrase continues with,
 * and builds and hashes no joined key for each possible length.
 *
 * @param <V> what a phrase stands for
 */
final class WordTree<V> {
  private @Nullable V value;
  private @Nullable Map<String, WordTree<V>> next;

  /** What the words read to this node stand for, or null when they are only a prefix. */
  @Nullable V value() {
    return value;
  }

  /** The node after one more word, or null when no phrase continues with it. */
  @Nullable WordTree<V> next(String word) {
    return next == null ? null : next.get(word);
  }

  /** The words that continue a phrase from here, each with its node; empty at a leaf. */
  Map<String, WordTree<V>> children() {
    return next == null ? Map.of() : next;
  }

  /**
   * Adds the phrase made of {@code words} read from index {@code from} by {@code step} (1 for
   * names, read forwards; -1 for agent phrases, read backwards), the first word being this node's.
   */
  void add(String[] words, int from, int step, V phraseValue) {
    WordTree<V> node = this;
    for (int i = from + step; i >= 0 && i < words.length; i += step) {
      if (node.next == null) {
        node.next = new HashMap<>(4);
      }
      node = node.next.computeIfAbsent(words[i], word -> new WordTree<>());
    }
    node.value = phraseValue;
  }
}
