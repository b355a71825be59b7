package io.steppe.app.pipeline;

import io.steppe.model.Actor;
import io.steppe.model.Event;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a document's events changed when it was coded again: events are matched by sentence and span
 * (the words that say them); a matched pair that differs in what an analyst reads (code, actors,
 * modality, attribution, date, place) is recoded, an unmatched old one removed, a new one added.
 *
 * @param changes one line per change, for the report ("+ 042 KAZ>ISR ...")
 */
public record EventDiff(int added, int removed, int recoded, int unchanged, List<String> changes) {

  public EventDiff {
    changes = List.copyOf(changes);
  }

  public static EventDiff of(List<Event> before, List<Event> after) {
    Map<String, List<Event>> old = bySpan(before);
    Map<String, List<Event>> now = bySpan(after);
    int added = 0;
    int removed = 0;
    int recoded = 0;
    int unchanged = 0;
    List<String> changes = new ArrayList<>();
    for (String key : union(old, now)) {
      List<Event> a = new ArrayList<>(old.getOrDefault(key, List.of()));
      List<Event> b = new ArrayList<>(now.getOrDefault(key, List.of()));
      // Several events of one span (one per actor pair) come back in any order: match equals first.
      for (Iterator<Event> it = a.iterator(); it.hasNext(); ) {
        List<@Nullable Object> reading = reading(it.next());
        Optional<Event> same = b.stream().filter(e -> reading(e).equals(reading)).findFirst();
        if (same.isPresent()) {
          b.remove(same.get());
          it.remove();
          unchanged++;
        }
      }
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        if (i >= b.size()) {
          removed++;
          changes.add("- " + describe(a.get(i)));
        } else if (i >= a.size()) {
          added++;
          changes.add("+ " + describe(b.get(i)));
        } else {
          recoded++;
          changes.add("~ " + describe(a.get(i)) + "  ->  " + describe(b.get(i)));
        }
      }
    }
    return new EventDiff(added, removed, recoded, unchanged, changes);
  }

  private static Map<String, List<Event>> bySpan(List<Event> events) {
    Map<String, List<Event>> map = new LinkedHashMap<>();
    for (Event event : events) {
      String key = event.sentenceIndex() + ":" + event.span().start() + "-" + event.span().end();
      map.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
    }
    return map;
  }

  private static List<String> union(Map<String, List<Event>> a, Map<String, List<Event>> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
    return keys;
  }

  /** What an analyst reads of an event; ids, confidence and the explanation may change freely. */
  private static List<@Nullable Object> reading(Event event) {
    return java.util.Arrays.asList(
        event.cameo(),
        code(event.source()),
        code(event.target()),
        event.modality(),
        code(event.attribution()),
        event.date(),
        event.location());
  }

  private static @Nullable String code(@Nullable Actor actor) {
    if (actor == null) {
      return null;
    }
    return actor.isKnown() ? actor.code() : "'" + actor.text() + "'";
  }

  private static String describe(Event event) {
    String target = event.target() == null ? "-" : code(event.target());
    return event.docId()
        + ":"
        + event.sentenceIndex()
        + " "
        + event.cameo()
        + " "
        + code(event.source())
        + ">"
        + target
        + " "
        + event.modality().word()
        + " \""
        + event.sentence().substring(event.span().start(), event.span().end())
        + "\"";
  }
}
