package io.steppe.actors;

/**
 * Whether two words are at most one Damerau edit apart, ignoring case, in one pass and without
 * allocating: a word as written is compared with lower-case names without being lowered first.
 */
final class EditDistance {
  private EditDistance() {}

  /**
   * True when {@code a} becomes {@code b} by at most one letter left out, added or changed, or two
   * neighbouring letters swapped.
   */
  static boolean withinOne(String a, String b) {
    int diff = a.length() - b.length();
    if (diff > 1 || diff < -1) {
      return false;
    }
    int i = 0;
    int shorter = Math.min(a.length(), b.length());
    while (i < shorter && same(a.charAt(i), b.charAt(i))) {
      i++;
    }
    if (i == shorter) {
      return true;
    }
    if (diff > 0) {
      return a.regionMatches(true, i + 1, b, i, b.length() - i);
    }
    if (diff < 0) {
      return b.regionMatches(true, i + 1, a, i, a.length() - i);
    }
    if (a.regionMatches(true, i + 1, b, i + 1, a.length() - i - 1)) {
      return true;
    }
    return i + 1 < a.length()
        && same(a.charAt(i), b.charAt(i + 1))
        && same(a.charAt(i + 1), b.charAt(i))
        && a.regionMatches(true, i + 2, b, i + 2, a.length() - i - 2);
  }

  private static boolean same(char a, char b) {
    return a == b || Character.toLowerCase(a) == Character.toLowerCase(b);
  }
}
