package io.steppe.app.cli;

import io.steppe.app.pipeline.Engine;
import io.steppe.model.Claim;
import io.steppe.model.Event;
import io.steppe.model.text.AnnotatedDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the parse screen loses anything: codes the same documents annotated with every sentence
 * parsed and with the screen, and compares events and claims field by field.
 */
final class ScreenCheck {
  private static final int SHOWN = 5;

  private ScreenCheck() {}

  static String compare(
      Engine engine, List<AnnotatedDocument> full, List<AnnotatedDocument> screened) {
    List<Event> fullEvents = new ArrayList<>();
    List<Event> screenedEvents = new ArrayList<>();
    List<Claim> fullClaims = new ArrayList<>();
    List<Claim> screenedClaims = new ArrayList<>();
    for (int i = 0; i < full.size(); i++) {
      Engine.Coded a = engine.code(full.get(i));
      Engine.Coded b = engine.code(screened.get(i));
      fullEvents.addAll(a.events());
      screenedEvents.addAll(b.events());
      fullClaims.addAll(a.claims());
      screenedClaims.addAll(b.claims());
    }
    List<Event> lost = missing(fullEvents, screenedEvents);
    List<Event> added = missing(screenedEvents, fullEvents);
    StringBuilder report =
        new StringBuilder()
            .append("screen check: ")
            .append(fullEvents.size())
            .append(" events with every sentence parsed, ")
            .append(screenedEvents.size())
            .append(" with the screen: ")
            .append(lost.size())
            .append(" lost, ")
            .append(added.size())
            .append(" added; claims ")
            .append(missing(fullClaims, screenedClaims).size())
            .append(" lost, ")
            .append(missing(screenedClaims, fullClaims).size())
            .append(" added");
    lost.stream()
        .limit(SHOWN)
        .forEach(
            e -> report.append("\n  lost: ").append(e.cameo()).append(" in ").append(e.sentence()));
    return report.toString();
  }

  private static <T> List<T> missing(List<T> from, List<T> in) {
    Set<T> present = new HashSet<>(in);
    return from.stream().filter(x -> !present.contains(x)).toList();
  }
}
