package io.steppe.store;

import io.steppe.model.Event;
import io.steppe.model.Modality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bulk-load speed of a store through {@link EventStore#saveCoded}, the path ingest takes: one
 * transaction per document of ten sentences and ten events. Prints documents/s and events/s; a
 * benchmark, not a test.
 *
 * <p>Run from the repository root: {@code mvn -q -pl steppe-store -am test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dexec.skip=true}, then in
 * steppe-store {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * io.steppe.store.StoreLoadBench LOCATION DOCUMENTS}, where LOCATION is what {@code --db} takes.
 * Use an empty store.
 */
final class StoreLoadBench {
  private static final int PER_DOCUMENT = 10;

  private StoreLoadBench() {}

  public static void main(String[] args) {
    String location = args[0];
    int documents = Integer.parseInt(args[1]);
    try (EventStore store = Stores.open(location)) {
      long start = System.nanoTime();
      for (int n = 0; n < documents; n++) {
        String id = "bench-" + n;
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(n % 365);
        store.saveCoded(
            Fixtures.stored(id, day), Fixtures.sentences(PER_DOCUMENT), events(id, day));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%s: %,d documents, %,d events in %.1f s = %,.0f documents/s, %,.0f events/s%n",
          store,
          documents,
          (long) documents * PER_DOCUMENT,
          seconds,
          documents / seconds,
          documents * PER_DOCUMENT / seconds);
    }
  }

  private static List<Event> events(String id, LocalDate day) {
    List<Event> events = new ArrayList<>(PER_DOCUMENT);
    for (int i = 0; i < PER_DOCUMENT; i++) {
      events.add(
          Fixtures.event(
              id + ":" + i + ":0",
              id,
              day,
              i % 2 == 0 ? Fixtures.TJK_GOV : Fixtures.IRN_GOV,
              Fixtures.ISR_MIL,
              i % 3 == 0 ? Fixtures.ACCUSE : Fixtures.CONSULT,
              i % 10 == 9 ? Modality.NEGATED : Modality.ASSERTED));
    }
    return events;
  }
}
