package io.steppe.app.eval;

import io.steppe.model.Actor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a coded actor is the gold standard's actor, compared on the country or organisation part
 * only: a gold code "USA" is right for Steppe's USA, USAGOV or USAMIL, and sectors are not compared
 * (the PLOVER records give them inconsistently, "GOV" or none for the same kind of actor). The gold
 * codes IGO and NGO stand for any intergovernmental or non-governmental organisation, which Steppe
 * codes by name (UNO, IAEA, MSF).
 */
final class ActorMatch {
  static final String RULE =
      "actor right = same country code (ISO 3166 alpha-3; sector ignored, USAGOV counts as USA);"
          + " gold IGO/NGO = any international organisation/NGO Steppe names";

  private ActorMatch() {}

  static boolean anyMatches(List<String> goldCodes, @Nullable Actor actor) {
    if (actor == null || !actor.isKnown()) {
      return false;
    }
    for (String gold : goldCodes) {
      if (matches(gold, actor)) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(String gold, Actor actor) {
    boolean ngo = "NGO".equals(actor.sector());
    if (gold.equals("IGO")) {
      return actor.org() != null && actor.country() == null && !ngo;
    }
    if (gold.equals("NGO")) {
      return actor.org() != null && ngo;
    }
    return gold.equals(actor.country());
  }
}
