package io.steppe.app.exchange;

import static io.steppe.app.exchange.GdeltColumns.ACTION_GEO;
import static io.steppe.app.exchange.GdeltColumns.ACTOR1;
import static io.steppe.app.exchange.GdeltColumns.ACTOR2;
import static io.steppe.app.exchange.GdeltColumns.COUNT;
import static io.steppe.app.exchange.GdeltColumns.COUNTRY;
import static io.steppe.app.exchange.GdeltColumns.DAY;
import static io.steppe.app.exchange.GdeltColumns.EVENT_CODE;
import static io.steppe.app.exchange.GdeltColumns.GEO_COUNTRY;
import static io.steppe.app.exchange.GdeltColumns.GEO_FULL_NAME;
import static io.steppe.app.exchange.GdeltColumns.GLOBAL_EVENT_ID;
import static io.steppe.app.exchange.GdeltColumns.GOLDSTEIN;
import static io.steppe.app.exchange.GdeltColumns.KNOWN_GROUP;
import static io.steppe.app.exchange.GdeltColumns.NAME;
import static io.steppe.app.exchange.GdeltColumns.QUAD_CLASS;
import static io.steppe.app.exchange.GdeltColumns.SOURCE_URL;
import static io.steppe.app.exchange.GdeltColumns.TYPE1;

import io.steppe.model.Actor;
import io.steppe.model.CameoCode;
import io.steppe.model.CameoTable;
import io.steppe.model.Location;
import io.steppe.model.SteppeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one GDELT 2.0 event row. The CAMEO code's name, PLOVER type, quad class and Goldstein value
 * come from Steppe's code table when it lists the code, else from the row's own QuadClass and
 * GoldsteinScale. An actor's country is its ActorCountryCode, else the first three letters of its
 * ActorCode, when either is a known ISO code; its sector is Type1Code and its organisation
 * KnownGroupCode. The place's FIPS country is converted back to ISO.
 */
final class GdeltParser {
  private final CameoTable cameo;
  private final CountryCodes countries;

  GdeltParser(CameoTable cameo, CountryCodes countries) {
    this.cameo = cameo;
    this.countries = countries;
  }

  /**
   * The row's record.
   *
   * @throws SteppeException saying which cell is wrong and what was expected
   */
  GdeltRecord parse(String line) {
    List<String> cells = List.of(line.split("\t", -1));
    if (cells.size() != COUNT) {
      throw new SteppeException(
          "expected " + COUNT + " tab-separated columns (GDELT 2.0 events), found " + cells.size());
    }
    long id = globalEventId(cells.get(GLOBAL_EVENT_ID).strip());
    Actor source = actor(cells, ACTOR1);
    return new GdeltRecord(
        id,
        cells.get(SOURCE_URL).strip(),
        day(cells.get(DAY).strip()),
        source == null ? Actor.unknown(cells.get(ACTOR1 + NAME).strip()) : source,
        actor(cells, ACTOR2),
        code(cells),
        location(cells));
  }

  private static long globalEventId(String id) {
    try {
      long value = Long.parseLong(id);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with what was expected
    }
    throw new SteppeException(
        "GlobalEventID must be a number from 0 to 2^63-1, found '" + id + "'");
  }

  private static LocalDate day(String day) {
    try {
      return LocalDate.parse(day, DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new SteppeException("Day must be a date YYYYMMDD, found '" + day + "'", e);
    }
  }

  private @Nullable Actor actor(List<String> cells, int base) {
    String code = cells.get(base).strip();
    if (code.isEmpty()) {
      return null;
    }
    String country = cells.get(base + COUNTRY).strip();
    if (!countries.isIso(country)) {
      String prefix = code.length() >= 3 ? code.substring(0, 3) : code;
      country = countries.isIso(prefix) ? prefix : null;
    }
    String name = cells.get(base + NAME).strip();
    return new Actor(
        code,
        country,
        blankToNull(cells.get(base + TYPE1)),
        blankToNull(cells.get(base + KNOWN_GROUP)),
        name.isEmpty() ? code : name);
  }

  private CameoCode code(List<String> cells) {
    String code = cells.get(EVENT_CODE).strip();
    if (!code.matches("[0-9]{2,4}")) {
      throw new SteppeException(
          "EventCode must be a CAMEO code of 2 to 4 digits, found '" + code + "'");
    }
    Optional<CameoCode> known = cameo.find(code);
    if (known.isPresent()) {
      return known.get();
    }
    String quad = cells.get(QUAD_CLASS).strip();
    String goldstein = cells.get(GOLDSTEIN).strip();
    if (!quad.matches("[1-4]")) {
      throw new SteppeException("QuadClass must be 1 to 4, found '" + quad + "'");
    }
    try {
      return new CameoCode(code, "", Double.parseDouble(goldstein), Integer.parseInt(quad), "", "");
    } catch (NumberFormatException e) {
      throw new SteppeException("GoldsteinScale must be a number, found '" + goldstein + "'", e);
    }
  }

  private @Nullable Location location(List<String> cells) {
    String name = cells.get(ACTION_GEO + GEO_FULL_NAME).strip();
    if (name.isEmpty()) {
      return null;
    }
    return new Location(name, countries.iso(blankToNull(cells.get(ACTION_GEO + GEO_COUNTRY))));
  }

  private static @Nullable String blankToNull(String cell) {
    String value = cell.strip();
    return value.isEmpty() ? null : value;
  }
}
