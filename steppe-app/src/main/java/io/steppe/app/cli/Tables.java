package io.steppe.app.cli;

import io.steppe.model.Actor;
import io.steppe.model.Event;
import java.io.PrintWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Aligned text tables for terminals. */
final class Tables {
  private static final int SENTENCE_WIDTH = 70;

  private Tables() {}

  static void events(List<Event> events, PrintWriter out) {
    out.printf(
        "%-10s  %-9s  %-9s  %-5s  %-9s  %-12s  %s%n",
        "date", "source", "target", "cameo", "plover", "modality", "sentence");
    for (Event event : events) {
      out.printf(
          "%-10s  %-9s  %-9s  %-5s  %-9s  %-12s  %s%n",
          event.date() == null ? "" : event.date(),
          code(event.source()),
          code(event.target()),
          event.cameo(),
          event.code().plover(),
          event.modality().word(),
          shorten(event.sentence(), SENTENCE_WIDTH));
    }
    out.printf("%d events%n", events.size());
  }

  static String code(@Nullable Actor actor) {
    if (actor == null) {
      return "-";
    }
    return actor.isKnown() ? actor.code() : "?";
  }

  static String shorten(String text, int width) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
  }
}
