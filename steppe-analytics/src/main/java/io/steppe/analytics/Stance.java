package io.steppe.analytics;

import io.steppe.model.Event;
import java.util.Set;

/**
 * An actor's stance toward a focal actor, strongest first: the order in which a reaction table
 * picks the one stance that sums up a state's reaction.
 */
public enum Stance {
  CONDEMNED("condemned/criticised"),
  APPEALED_FOR_RESTRAINT("appealed for restraint"),
  EXPRESSED_CONCERN("expressed concern"),
  SUPPORTED("supported"),
  OTHER("other cooperation"),
  NO_STATEMENT("no statement found");

  /** CAMEO appeals to yield, de-escalate, negotiate or settle (02x) and calls for a ceasefire. */
  private static final Set<String> RESTRAINT_PREFIXES = Set.of("025", "026", "027", "028", "1056");

  private static final Set<String> CONCERN = Set.of("012", "013");
  private static final Set<String> SUPPORT_ROOTS = Set.of("04", "05", "06", "07");

  private final String label;

  Stance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The stance one event expresses toward its target. */
  public static Stance of(Event event) {
    String code = event.cameo();
    int quad = event.code().quadClass();
    if (quad >= 3 && !code.startsWith("1056")) {
      return CONDEMNED;
    }
    for (String prefix : RESTRAINT_PREFIXES) {
      if (code.startsWith(prefix)) {
        return APPEALED_FOR_RESTRAINT;
      }
    }
    if (CONCERN.contains(code)) {
      return EXPRESSED_CONCERN;
    }
    return SUPPORT_ROOTS.contains(event.cameoRoot()) ? SUPPORTED : OTHER;
  }
}
