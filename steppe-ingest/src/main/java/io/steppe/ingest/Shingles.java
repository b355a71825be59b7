package io.steppe.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The word shingles of a text, as 64-bit hashes that are the same on every machine and JVM. */
final class Shingles {
  /**
   * Five words: long enough that unrelated articles rarely share one, short enough to survive
   * edits.
   */
  static final int SIZE = 5;

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");

  private Shingles() {}

  /** Lower-cased words with punctuation removed ("Iran's" becomes "irans"). */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String token : WHITESPACE.split(text.toLowerCase(Locale.ROOT))) {
      String word = PUNCTUATION.matcher(token).replaceAll("");
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * The distinct hashes of every run of {@link #SIZE} consecutive words; a shorter text is one
   * shingle of all its words, and a text without words has none.
   */
  static long[] hashes(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    int count = Math.max(1, words.size() - SIZE + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      List<String> window = words.subList(i, Math.min(words.size(), i + SIZE));
      hashes[i] = fnv1a(String.join(" ", window));
    }
    return Arrays.stream(hashes).distinct().toArray();
  }

  /** FNV-1a over the UTF-16 code units: a fixed, documented function, unlike hashCode of a list. */
  private static long fnv1a(String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** The SplitMix64 finaliser: spreads every input bit over the whole output. */
  static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
