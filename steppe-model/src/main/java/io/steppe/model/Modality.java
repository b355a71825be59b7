package io.steppe.model;

import java.util.Locale;

/** Whether the text says the event happened (CONTRACT.md "modality"). */
public enum Modality {
  ASSERTED,
  NEGATED,
  HYPOTHETICAL;

  /** The lower-case word used in the event line format. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Modality fromWord(String word) {
    try {
      return valueOf(word.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SteppeException(
          "unknown modality '" + word + "': expected asserted, negated or hypothetical", e);
    }
  }
}
