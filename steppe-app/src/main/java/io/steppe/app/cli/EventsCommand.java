package io.steppe.app.cli;

import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.model.json.EventJson;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steppe events}: stored events, filtered, as a table or JSON Lines. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "Lists stored events matching the filters.")
public final class EventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(
      names = "--source",
      paramLabel = "ACTOR",
      description = "Source actor code (TJKGOV), country (TJK) or organisation.")
  String source;

  @Option(
      names = "--target",
      paramLabel = "ACTOR",
      description = "Target actor code, country or organisation.")
  String target;

  @Option(names = "--root", paramLabel = "NN", description = "CAMEO root code, e.g. 11.")
  String root;

  @Option(names = "--cameo", paramLabel = "CODE", description = "Full CAMEO code, e.g. 111.")
  String cameo;

  @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER type, e.g. ACCUSE.")
  String plover;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "First date included.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Last date included.")
  LocalDate until;

  @Option(
      names = "--modality",
      paramLabel = "M",
      description = "asserted, negated or hypothetical.")
  String modality;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "At most N events (0: all).")
  int limit;

  @Option(names = "--json", description = "JSON Lines (CONTRACT event lines) instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    EventQuery query =
        new EventQuery(
            source,
            target,
            root,
            cameo,
            plover == null ? null : plover.toUpperCase(Locale.ROOT),
            since,
            until,
            modality == null ? null : Modality.fromWord(modality),
            limit);
    try (EventStore eventStore = Stores.open(store.location())) {
      List<Event> events = eventStore.events(query);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        events.forEach(event -> out.println(EventJson.line(event)));
      } else {
        Tables.events(events, out);
      }
      out.flush();
    }
    return 0;
  }
}
