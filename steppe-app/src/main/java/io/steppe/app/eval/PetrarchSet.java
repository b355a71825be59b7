package io.steppe.app.eval;

import io.steppe.app.eval.ValidationRecords.Expected;
import io.steppe.app.eval.ValidationRecords.ValidationRecord;
import io.steppe.coder.petrarch.DiscardList;
import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.model.Modality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The UD-PETRARCH functional validation records, coded with the suite's own dictionaries. Events
 * are compared as {@code code|source|target} with the actor codes exactly as the suite writes them;
 * a missing or unknown target is the suite's "---". Each record's events are a set (a repeated
 * event counts once). A record is exactly right when its asserted events are its expected events,
 * no more and no fewer; records marked {@code noevents} or {@code error} expect none, and a
 * sentence holding a phrase of the discard list is coded as none.
 */
final class PetrarchSet {
  static final String RECORDS = "UniversalPetrarch/PETR_Validate_records_2_02.xml";

  /**
   * @param exact records whose events are exactly the expected ones
   * @param precision coded events that are expected
   * @param recall expected events that were coded
   * @param discarded records the discard list stopped
   * @param exactByCategory records exactly right in each of the suite's categories
   */
  record Result(
      Share exact,
      Share precision,
      Share recall,
      int discarded,
      Map<String, Share> exactByCategory) {}

  private PetrarchSet() {}

  static List<Document> documents(List<ValidationRecord> records) {
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      ValidationRecord record = records.get(i);
      String id = "petrarch-" + i + "-" + record.id();
      documents.add(new Document(id, record.date(), null, null, null, record.text()));
    }
    return documents;
  }

  static Result score(
      List<ValidationRecord> records, List<List<Event>> events, @Nullable DiscardList discards) {
    Counts counts = new Counts();
    for (int i = 0; i < records.size(); i++) {
      ValidationRecord record = records.get(i);
      boolean discard = discards != null && discards.discards(record.text());
      counts.add(
          record.category(),
          found(record, events.get(i), discards),
          expectedKeys(record.expected()),
          discard);
    }
    return counts.result(records.size());
  }

  /** Running totals over the records. */
  private static final class Counts {
    private int exact;
    private int matched;
    private int coded;
    private int expected;
    private int discarded;
    private final Map<String, int[]> categories = new TreeMap<>();

    void add(String category, Set<String> found, Set<String> wanted, boolean discard) {
      Set<String> right = new LinkedHashSet<>(found);
      right.retainAll(wanted);
      boolean same = found.equals(wanted);
      exact += same ? 1 : 0;
      matched += right.size();
      coded += found.size();
      expected += wanted.size();
      discarded += discard ? 1 : 0;
      int[] byCategory = categories.computeIfAbsent(category, c -> new int[2]);
      byCategory[0] += same ? 1 : 0;
      byCategory[1]++;
    }

    Result result(int records) {
      Map<String, Share> byCategory = new LinkedHashMap<>();
      categories.forEach(
          (category, count) -> byCategory.put(category, new Share(count[0], count[1])));
      return new Result(
          new Share(exact, records),
          new Share(matched, coded),
          new Share(matched, expected),
          discarded,
          byCategory);
    }
  }

  /** The events that count for a record: none when the discard list stops its sentence. */
  static Set<String> found(
      ValidationRecord record, List<Event> events, @Nullable DiscardList discards) {
    boolean discard = discards != null && discards.discards(record.text());
    return discard ? Set.of() : keys(events);
  }

  /** A record's asserted events as the suite writes events. */
  static Set<String> keys(List<Event> events) {
    Set<String> keys = new LinkedHashSet<>();
    for (Event event : events) {
      if (event.modality() == Modality.ASSERTED) {
        boolean targeted = event.target() != null && event.target().isKnown();
        String target = targeted ? event.target().code() : "---";
        keys.add(event.cameo() + "|" + event.source().code() + "|" + target);
      }
    }
    return keys;
  }

  private static Set<String> expectedKeys(List<Expected> expected) {
    Set<String> keys = new LinkedHashSet<>();
    for (Expected event : expected) {
      String target = event.target() == null ? "---" : event.target();
      keys.add(event.code() + "|" + event.source() + "|" + target);
    }
    return keys;
  }
}
