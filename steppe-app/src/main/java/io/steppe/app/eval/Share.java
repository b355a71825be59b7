package io.steppe.app.eval;

import java.util.Locale;

/** A count out of a total, printed with its percentage. */
public record Share(int count, int of) {
  public double ratio() {
    return of == 0 ? 0 : (double) count / of;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d/%d = %.1f%%", count, of, 100 * ratio());
  }

  /** The ratio as a decimal ("0.81"), for precision and recall. */
  public String decimal() {
    return String.format(Locale.ROOT, "%.2f (%d/%d)", ratio(), count, of);
  }
}
