package io.steppe.app.eval;

import io.steppe.model.Actor;
import io.steppe.model.TsvLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether a coded actor is the gold standard's actor, compared on the country or organisation part
 * only: a gold code "USA" is right for Steppe's USA, USAGOV or USAMIL, and sectors are not compared
 * (the PLOVER records give them inconsistently, "GOV" or none for the same kind of actor). The gold
 * country parts are read through {@code plover-country-codes.tsv} (the CAMEO manual's JAP, ITL, GMY
 * are JPN, ITA, DEU). The gold codes IGO, NGO and IMG stand for any intergovernmental body,
 * non-governmental body or armed group without a country, which Steppe codes by name (UNO, MSF,
 * ALQ).
 */
final class ActorMatch {
  static final String RULE =
      "actor right = same country code (ISO 3166 alpha-3; sector ignored, USAGOV counts as USA;"
          + " old CAMEO codes read by plover-country-codes.tsv); gold IGO/NGO/IMG = any"
          + " international organisation/NGO/armed group without a country Steppe names";

  private static final Map<String, String> CODES = codes();

  private ActorMatch() {}

  static boolean anyMatches(List<String> goldCodes, @Nullable Actor actor) {
    if (actor == null || !actor.isKnown()) {
      return false;
    }
    String ours = countryPart(actor);
    for (String gold : goldCodes) {
      if (countryPart(gold).equals(ours)) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(String gold, Actor actor) {
    return anyMatches(List.of(gold), actor);
  }

  /** A gold code's country part in Steppe's terms: its first three letters, old codes read. */
  static String countryPart(String gold) {
    String part = gold.length() > 3 ? gold.substring(0, 3) : gold;
    return CODES.getOrDefault(part, part);
  }

  /** The country, or for bodies without one the kind of body; "?" for an unknown actor. */
  static String countryPart(Actor actor) {
    if (actor.country() != null) {
      return actor.country();
    }
    if (!actor.isKnown()) {
      return "?";
    }
    String sector = actor.sector() == null ? "" : actor.sector();
    return switch (sector) {
      case "NGO" -> "NGO";
      case "REB", "MIL" -> "IMG";
      default -> "IGO";
    };
  }

  private static Map<String, String> codes() {
    Map<String, String> codes = new HashMap<>();
    for (TsvLine line : TsvLine.readResource(ActorMatch.class, "plover-country-codes.tsv")) {
      line.requireCells(2, 2);
      codes.put(line.cell(0), line.cell(1));
    }
    return codes;
  }
}
