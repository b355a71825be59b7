package io.steppe.coder;

import java.util.Map;

/**
 * Maps a future action announced in a speech act to the CAMEO code of the announcement itself:
 * "Iran said it would retaliate" is an asserted threat (138), "Astana pledged to meet" an asserted
 * intent to meet (036); the action it announces has not happened.
 */
final class IntentCodes {
  private static final Map<String, String> BY_ROOT =
      Map.ofEntries(
          Map.entry("04", "036"),
          Map.entry("05", "032"),
          Map.entry("06", "031"),
          Map.entry("07", "033"),
          Map.entry("08", "035"),
          Map.entry("15", "138"),
          Map.entry("16", "131"),
          Map.entry("17", "137"),
          Map.entry("18", "138"),
          Map.entry("19", "138"),
          Map.entry("20", "138"));

  private IntentCodes() {}

  /** The announcement's code, or null when the action's root has no intent form. */
  static @org.jspecify.annotations.Nullable String of(String root) {
    return BY_ROOT.get(root);
  }
}
