package io.steppe.actors;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Phrases of several words stored word by word, each node holding what the phrase read so far
 * stands for. The resolver looks for the longest name starting at a word (or agent phrase ending at
 * it) by walking the tree one word at a time: it stops at the first word no phrase continues with,
 * and builds and hashes no joined key for each possible length.
 *
 * <p>The words are the index's own {@link WordIndex.Word} objects, which the resolver has already
 * looked up for every word of the phrase: a step compares references, and most nodes have one or
 * two children, so a short scan beats a hash map.
 *
 * @param <V> what a phrase stands for
 */
final class WordTree<V> {
  private static final WordIndex.Word[] NO_WORDS = {};

  private @Nullable V value;
  private WordIndex.Word[] nextWords = NO_WORDS;
  private @Nullable WordTree<V>[] nextTrees;

  /** What the words read to this node stand for, or null when they are only a prefix. */
  @Nullable V value() {
    return value;
  }

  /** How many words continue a phrase past this node. */
  int childCount() {
    return nextWords.length;
  }

  /** The {@code i}th word that continues a phrase past this node. */
  WordIndex.Word childWord(int i) {
    return nextWords[i];
  }

  /** The node after the {@code i}th word. */
  WordTree<V> child(int i) {
    return nextTrees[i];
  }

  /** Whether some phrase continues past this node. */
  boolean hasNext() {
    return nextWords.length > 0;
  }

  /** The node after one more word, or null when no phrase continues with it. */
  @Nullable WordTree<V> next(WordIndex.@Nullable Word word) {
    WordIndex.Word[] words = nextWords;
    for (int i = 0; i < words.length; i++) {
      if (words[i] == word) {
        return nextTrees[i];
      }
    }
    return null;
  }

  /**
   * Adds the phrase made of {@code words} read from index {@code from} by {@code step} (1 for
   * names, read forwards; -1 for agent phrases, read backwards), the first word being this node's.
   */
  void add(WordIndex.Word[] words, int from, int step, V phraseValue) {
    WordTree<V> node = this;
    for (int i = from + step; i >= 0 && i < words.length; i += step) {
      WordTree<V> next = node.next(words[i]);
      node = next == null ? node.append(words[i]) : next;
    }
    node.value = phraseValue;
  }

  @SuppressWarnings("unchecked")
  private WordTree<V> append(WordIndex.Word word) {
    int size = nextWords.length;
    nextWords = Arrays.copyOf(nextWords, size + 1);
    nextTrees = nextTrees == null ? new WordTree[1] : Arrays.copyOf(nextTrees, size + 1);
    WordTree<V> child = new WordTree<>();
    nextWords[size] = word;
    nextTrees[size] = child;
    return child;
  }
}
