package io.steppe.app.exchange;

import io.steppe.model.TsvLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * ISO 3166-1 alpha-3 and FIPS 10-4 country codes from {@code iso3-fips.tsv}: GDELT writes actor
 * countries in the first and place countries in the second.
 */
public final class CountryCodes {
  private static final String RESOURCE = "iso3-fips.tsv";
  private static final CountryCodes BUNDLED =
      load(TsvLine.readResource(CountryCodes.class, RESOURCE));

  private final Map<String, String> fipsByIso;
  private final Map<String, String> isoByFips;
  private final Map<String, String> names;

  private CountryCodes(
      Map<String, String> fipsByIso, Map<String, String> isoByFips, Map<String, String> names) {
    this.fipsByIso = Map.copyOf(fipsByIso);
    this.isoByFips = Map.copyOf(isoByFips);
    this.names = Map.copyOf(names);
  }

  /** The codes bundled with Steppe. */
  public static CountryCodes bundled() {
    return BUNDLED;
  }

  static CountryCodes load(List<TsvLine> lines) {
    Map<String, String> fipsByIso = new HashMap<>();
    Map<String, String> isoByFips = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (TsvLine line : lines) {
      line.requireCells(3, 3);
      String iso = line.cell(0);
      String fips = line.cell(1);
      if (iso.equals("ISO3")) {
        continue;
      }
      if (!iso.matches("[A-Z]{3}") || !fips.matches("[A-Z]{2}")) {
        throw line.error(
            "expected an ISO alpha-3 and a FIPS 10-4 code, found " + iso + ", " + fips);
      }
      if (isoByFips.putIfAbsent(fips, iso) != null) {
        throw line.error("FIPS code " + fips + " is already given to " + isoByFips.get(fips));
      }
      fipsByIso.putIfAbsent(iso, fips);
      names.putIfAbsent(iso, line.cell(2));
    }
    return new CountryCodes(fipsByIso, isoByFips, names);
  }

  /** The FIPS 10-4 code of this ISO alpha-3 code, or null when there is none. */
  public @Nullable String fips(@Nullable String iso) {
    return iso == null ? null : fipsByIso.get(iso);
  }

  /** The ISO alpha-3 code of this FIPS 10-4 code, or null when unknown. */
  public @Nullable String iso(@Nullable String fips) {
    return fips == null ? null : isoByFips.get(fips);
  }

  /** The country's common English name, or null when the code is unknown. */
  public @Nullable String name(@Nullable String iso) {
    return iso == null ? null : names.get(iso);
  }

  /** True when this is an ISO alpha-3 code listed in the file. */
  public boolean isIso(@Nullable String code) {
    return code != null && fipsByIso.containsKey(code);
  }
}
