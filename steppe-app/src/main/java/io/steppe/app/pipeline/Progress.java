package io.steppe.app.pipeline;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows documents done, documents per second and the time left: a redrawn bar on a terminal, a
 * plain log line every few seconds otherwise.
 */
public final class Progress {
  private static final long LOG_EVERY_NANOS = 5_000_000_000L;
  private static final long DRAW_EVERY_NANOS = 100_000_000L;

  private final PrintStream out;
  private final boolean terminal;
  private final long total;
  private final long start = System.nanoTime();
  private long done;
  private long lastDraw;

  public Progress(PrintStream out, boolean terminal, long total) {
    this.out = out;
    this.terminal = terminal;
    this.total = total;
  }

  /** True when standard error is a terminal that can redraw a bar. */
  @SuppressWarnings("SystemConsoleNull") // Steppe targets Java 17, where null means "no terminal".
  public static boolean onTerminal() {
    return System.console() != null;
  }

  public void step() {
    done++;
    long now = System.nanoTime();
    long every = terminal ? DRAW_EVERY_NANOS : LOG_EVERY_NANOS;
    if (now - lastDraw > every) {
      lastDraw = now;
      draw(now);
    }
  }

  public void finish() {
    draw(System.nanoTime());
    if (terminal) {
      out.println();
    }
  }

  private void draw(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / seconds;
    String eta =
        rate > 0 && total > done
            ? String.format(Locale.ROOT, "%.0fs", (total - done) / rate)
            : "0s";
    if (terminal) {
      int width = 30;
      int filled = total == 0 ? width : (int) (width * done / total);
      String bar = "#".repeat(filled) + "-".repeat(width - filled);
      out.printf(
          Locale.ROOT, "\r[%s] %d/%d docs  %.1f docs/s  ETA %s ", bar, done, total, rate, eta);
    } else {
      out.printf(
          Locale.ROOT, "progress: %d/%d docs, %.1f docs/s, ETA %s%n", done, total, rate, eta);
    }
    out.flush();
  }
}
