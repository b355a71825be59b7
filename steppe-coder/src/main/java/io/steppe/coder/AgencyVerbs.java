package io.steppe.coder;

import io.steppe.model.TsvLine;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The light and statal verbs of {@code agency.tsv}, which documents what each kind means: who
 * performs an event noun a light verb carries, and which "be VERBed in" clauses are states of their
 * subject rather than passives.
 */
final class AgencyVerbs {
  private static final Set<String> LIGHT = new HashSet<>();
  private static final Map<String, String> STATAL = new HashMap<>();

  static {
    for (TsvLine line : TsvLine.readResource(AgencyVerbs.class, "agency.tsv")) {
      line.requireCells(2, 3);
      String verb = line.cell(1);
      if (!verb.equals(verb.toLowerCase(Locale.ROOT)) || verb.contains(" ")) {
        throw line.error("verb must be one lower-case lemma: " + verb);
      }
      switch (line.cell(0)) {
        case "light" -> LIGHT.add(line.cells().size() == 3 ? verb + " " + line.cell(2) : verb);
        case "statal" -> {
          line.requireCells(3, 3);
          STATAL.put(verb, line.cell(2));
        }
        default -> throw line.error("kind must be light or statal: " + line.cell(0));
      }
    }
  }

  private AgencyVerbs() {}

  /**
   * Whether a verb lemma only performs the event its object (preposition "") or its phrase with
   * that preposition names.
   */
  static boolean isLight(String lemma, String preposition) {
    return LIGHT.contains(preposition.isEmpty() ? lemma : lemma + " " + preposition);
  }

  /** The preposition that makes "be VERBed" a state of the subject, or null. */
  static @Nullable String statalPreposition(String lemma) {
    return STATAL.get(lemma);
  }
}
