package io.steppe.model;

/**
 * One row of the CAMEO code table with its PLOVER mapping.
 *
 * @param code CAMEO code as written ("0871", "111", "195")
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param plover PLOVER event type
 * @param ploverMode PLOVER mode, or empty when the type has none for this code
 */
public record CameoCode(
    String code, String name, double goldstein, int quadClass, String plover, String ploverMode) {

  public String root() {
    return code.substring(0, 2);
  }
}
