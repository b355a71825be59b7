package io.steppe.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pinned CAMEO code table: every code with its Goldstein value and PLOVER type and mode.
 *
 * <p>Format of {@code cameo.tsv} (UTF-8, tab-separated, {@code #} starts a comment line): {@code
 * code goldstein plover plover_mode name}. The quad class is not stored: it follows from the root
 * code (01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material
 * conflict), as in GDELT.
 */
public final class CameoTable {
  /** The PLOVER 2021 event types. */
  public static final Set<String> PLOVER_TYPES =
      Set.of(
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "CONCEDE",
          "COOPERATE",
          "AID",
          "RETREAT",
          "REQUEST",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "SANCTION",
          "MOBILIZE",
          "COERCE",
          "ASSAULT");

  private static final String RESOURCE = "cameo.tsv";
  private static final CameoTable BUNDLED = loadBundled();

  private final Map<String, CameoCode> codes;

  private CameoTable(Map<String, CameoCode> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  /** The table shipped with Steppe. */
  public static CameoTable bundled() {
    return BUNDLED;
  }

  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** The code's row; throws when the code is not in the table. */
  public CameoCode get(String code) {
    CameoCode row = codes.get(code);
    if (row == null) {
      throw new SteppeException(
          "unknown CAMEO code '" + code + "': see cameo.tsv for the " + codes.size() + " codes");
    }
    return row;
  }

  public Collection<CameoCode> all() {
    return codes.values();
  }

  /** Quad class of a root code ("01".."20"), as GDELT defines it. */
  public static int quadClassOf(String root) {
    int value = Integer.parseInt(root);
    if (value <= 5) {
      return 1;
    }
    if (value <= 9) {
      return 2;
    }
    return value <= 14 ? 3 : 4;
  }

  private static CameoTable loadBundled() {
    return from(TsvLine.readResource(CameoTable.class, RESOURCE));
  }

  /** Builds a table from lines in the documented format; errors name the file and line. */
  public static CameoTable from(List<TsvLine> lines) {
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    for (TsvLine line : lines) {
      CameoCode row = parse(line.requireCells(5, 5));
      if (codes.putIfAbsent(row.code(), row) != null) {
        throw line.error("duplicate CAMEO code " + row.code());
      }
    }
    return new CameoTable(codes);
  }

  private static CameoCode parse(TsvLine line) {
    String code = line.cell(0);
    if (!code.matches("(0[1-9]|1[0-9]|20)[0-9]{0,2}")) {
      throw line.error("not a CAMEO code: '" + code + "'");
    }
    double goldstein;
    try {
      goldstein = Double.parseDouble(line.cell(1));
    } catch (NumberFormatException e) {
      throw line.error("Goldstein value is not a number: " + line.cell(1));
    }
    if (!(goldstein >= -10 && goldstein <= 10)) { // NaN too: it compares false to everything
      throw line.error("Goldstein value outside -10..10: " + goldstein);
    }
    String plover = line.cell(2);
    if (!PLOVER_TYPES.contains(plover)) {
      throw line.error("unknown PLOVER type '" + plover + "'");
    }
    return new CameoCode(
        code, line.cell(4), goldstein, quadClassOf(code.substring(0, 2)), plover, line.cell(3));
  }
}
