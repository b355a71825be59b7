package io.steppe.app.exchange;

import static io.steppe.app.exchange.GdeltColumns.ACTION_GEO;
import static io.steppe.app.exchange.GdeltColumns.ACTOR1;
import static io.steppe.app.exchange.GdeltColumns.ACTOR1_GEO;
import static io.steppe.app.exchange.GdeltColumns.ACTOR2;
import static io.steppe.app.exchange.GdeltColumns.ACTOR2_GEO;
import static io.steppe.app.exchange.GdeltColumns.AVG_TONE;
import static io.steppe.app.exchange.GdeltColumns.COUNT;
import static io.steppe.app.exchange.GdeltColumns.COUNTRY;
import static io.steppe.app.exchange.GdeltColumns.DATE_ADDED;
import static io.steppe.app.exchange.GdeltColumns.DAY;
import static io.steppe.app.exchange.GdeltColumns.EVENT_BASE_CODE;
import static io.steppe.app.exchange.GdeltColumns.EVENT_CODE;
import static io.steppe.app.exchange.GdeltColumns.EVENT_ROOT_CODE;
import static io.steppe.app.exchange.GdeltColumns.FRACTION_DATE;
import static io.steppe.app.exchange.GdeltColumns.GEO_COUNTRY;
import static io.steppe.app.exchange.GdeltColumns.GEO_FULL_NAME;
import static io.steppe.app.exchange.GdeltColumns.GLOBAL_EVENT_ID;
import static io.steppe.app.exchange.GdeltColumns.GOLDSTEIN;
import static io.steppe.app.exchange.GdeltColumns.IS_ROOT_EVENT;
import static io.steppe.app.exchange.GdeltColumns.KNOWN_GROUP;
import static io.steppe.app.exchange.GdeltColumns.MONTH_YEAR;
import static io.steppe.app.exchange.GdeltColumns.NAME;
import static io.steppe.app.exchange.GdeltColumns.NUM_ARTICLES;
import static io.steppe.app.exchange.GdeltColumns.NUM_MENTIONS;
import static io.steppe.app.exchange.GdeltColumns.NUM_SOURCES;
import static io.steppe.app.exchange.GdeltColumns.QUAD_CLASS;
import static io.steppe.app.exchange.GdeltColumns.SOURCE_URL;
import static io.steppe.app.exchange.GdeltColumns.STEPPE_PREFIX;
import static io.steppe.app.exchange.GdeltColumns.TYPE1;
import static io.steppe.app.exchange.GdeltColumns.YEAR;

import io.steppe.model.Actor;
import io.steppe.model.CameoCode;
import io.steppe.model.Event;
import io.steppe.model.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes events as rows of the GDELT 2.0 event table: 61 tab-separated columns in GDELT's order.
 *
 * <p>Actor codes and actor countries stay ISO alpha-3 (GDELT's CAMEO country codes); the country of
 * each place is converted to FIPS 10-4. GlobalEventID is a stable 63-bit hash of the Steppe event
 * id, and SOURCEURL is the document's url or, when it has none, {@code steppe:EVENT_ID}, so that
 * {@code import-gdelt} can tell which Steppe event a row came from. Mentions, sources and articles
 * are 1 (one sentence coded once), the tone 0 (Steppe does not measure it), DATEADDED the event day
 * at midnight so the same events always give the same bytes.
 */
public final class GdeltRows {
  private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.BASIC_ISO_DATE;
  private static final String COUNTRY_GEO = "1";
  private static final String CITY_GEO = "4";

  private final CountryCodes countries;

  public GdeltRows(CountryCodes countries) {
    this.countries = countries;
  }

  /**
   * The event as one GDELT row without the line break; undated events have no GDELT row.
   *
   * @param url the url of the event's document, or null
   */
  public String row(Event event, @Nullable String url) {
    LocalDate date = java.util.Objects.requireNonNull(event.date(), "event date");
    String[] cells = new String[COUNT];
    Arrays.fill(cells, "");
    cells[GLOBAL_EVENT_ID] = Long.toString(globalEventId(event.eventId()));
    dates(cells, date);
    actor(cells, ACTOR1, event.source());
    actor(cells, ACTOR2, event.target());
    code(cells, event.code());
    actorPlace(cells, ACTOR1_GEO, event.source());
    actorPlace(cells, ACTOR2_GEO, event.target());
    actionPlace(cells, event.location());
    cells[DATE_ADDED] = date.format(DAY_FORMAT) + "000000";
    cells[SOURCE_URL] = url == null || url.isBlank() ? STEPPE_PREFIX + event.eventId() : clean(url);
    return String.join("\t", cells);
  }

  /** A stable, non-negative 63-bit number for the event id: the first 8 bytes of its SHA-256. */
  public static long globalEventId(String eventId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        value = (value << 8) | (digest[i] & 0xff);
      }
      return value & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  private static void dates(String[] cells, LocalDate date) {
    cells[DAY] = date.format(DAY_FORMAT);
    cells[MONTH_YEAR] = cells[DAY].substring(0, 6);
    cells[YEAR] = Integer.toString(date.getYear());
    double fraction = (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    cells[FRACTION_DATE] = String.format(Locale.ROOT, "%.4f", date.getYear() + fraction);
  }

  private static void actor(String[] cells, int base, @Nullable Actor actor) {
    if (actor == null) {
      return;
    }
    cells[base] = clean(actor.code());
    cells[base + NAME] = clean(actor.text());
    cells[base + COUNTRY] = orEmpty(actor.country());
    cells[base + KNOWN_GROUP] = orEmpty(actor.org());
    cells[base + TYPE1] = orEmpty(actor.sector());
  }

  private static void code(String[] cells, CameoCode code) {
    String cameo = code.code();
    cells[IS_ROOT_EVENT] = "1";
    cells[EVENT_CODE] = cameo;
    cells[EVENT_BASE_CODE] = cameo.length() > 3 ? cameo.substring(0, 3) : cameo;
    cells[EVENT_ROOT_CODE] = code.root();
    cells[QUAD_CLASS] = Integer.toString(code.quadClass());
    cells[GOLDSTEIN] = Double.toString(code.goldstein());
    cells[NUM_MENTIONS] = "1";
    cells[NUM_SOURCES] = "1";
    cells[NUM_ARTICLES] = "1";
    cells[AVG_TONE] = "0";
  }

  /** An actor's place is its country, when it has one FIPS knows. */
  private void actorPlace(String[] cells, int base, @Nullable Actor actor) {
    String iso = actor == null ? null : actor.country();
    String fips = countries.fips(iso);
    if (fips != null) {
      place(cells, base, COUNTRY_GEO, orEmpty(countries.name(iso)), fips);
    }
  }

  /** The event's location: a country when its name is the country's, else a city or landmark. */
  private void actionPlace(String[] cells, @Nullable Location location) {
    if (location == null) {
      return;
    }
    String name = countries.name(location.country());
    String type = location.name().equalsIgnoreCase(orEmpty(name)) ? COUNTRY_GEO : CITY_GEO;
    place(cells, ACTION_GEO, type, location.name(), orEmpty(countries.fips(location.country())));
  }

  private static void place(String[] cells, int base, String type, String name, String fips) {
    cells[base] = type;
    cells[base + GEO_FULL_NAME] = clean(name);
    cells[base + GEO_COUNTRY] = fips;
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : clean(text);
  }

  /** Tabs and line breaks would split a cell or a row, so they become spaces. */
  private static String clean(String text) {
    return text.replaceAll("[\\t\\r\\n]", " ");
  }
}
