package io.steppe.actors;

import io.steppe.actors.Entry.Role;
import io.steppe.model.TsvLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Parsing and checking of actor codes and dates in dictionary cells. */
final class ActorCodes {
  /** CAMEO-style sector codes Steppe knows. */
  static final Set<String> SECTORS =
      Set.of(
          "GOV", "MIL", "OPP", "REB", "COP", "LEG", "JUD", "BUS", "MED", "SPY", "CVL", "EDU", "REF",
          "ELI", "REL", "LAB", "HLH", "NGO", "IGO", "UAF");

  private ActorCodes() {}

  /** Splits a state actor code such as {@code RUSGOV} into country and sector. */
  static Role parse(String code, TsvLine line) {
    if (!code.matches("[A-Z]{3}([A-Z]{3})?")) {
      throw line.error(
          "actor code must be a country code with an optional sector, found '" + code + "'");
    }
    String sector = code.length() == 6 ? code.substring(3) : null;
    if (sector != null && !SECTORS.contains(sector)) {
      throw line.error("unknown sector '" + sector + "' in code " + code);
    }
    return new Role(code.substring(0, 3), sector, null, code, Period.ALWAYS);
  }

  static @Nullable LocalDate date(String cell, TsvLine line) {
    if (cell.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(cell);
    } catch (DateTimeParseException e) {
      throw line.error("date must be YYYY-MM-DD, found '" + cell + "'");
    }
  }
}
