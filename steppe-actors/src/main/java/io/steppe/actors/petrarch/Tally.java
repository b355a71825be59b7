package io.steppe.actors.petrarch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader of a foreign dictionary format read and what it had to leave out, by reason, with
 * the first line each reason was met on so that a user can look.
 */
public final class Tally {
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Map<String, String> firstSeen = new LinkedHashMap<>();
  private int skipped;

  /** Counts something read or made ("names", "patterns"), not a skip. */
  public void read(String what) {
    counts.merge(what, 1, Integer::sum);
  }

  /** Counts one item left out for {@code reason}, first met at {@code origin}. */
  public void skip(String reason, String origin) {
    skipped++;
    counts.merge("skipped: " + reason, 1, Integer::sum);
    firstSeen.putIfAbsent("skipped: " + reason, origin);
  }

  public int count(String what) {
    return counts.getOrDefault(what, 0);
  }

  public int skipped() {
    return skipped;
  }

  /** Every count as "what: n", skips with the first line they were met on. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(count.getKey()).append(' ').append(count.getValue());
      String first = firstSeen.get(count.getKey());
      if (first != null) {
        text.append(" (first ").append(first).append(')');
      }
    }
    return text.toString();
  }
}
