package io.steppe.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.actors.Regions;
import io.steppe.analytics.ReactionQuery;
import io.steppe.analytics.ReactionRow;
import io.steppe.analytics.Reactions;
import io.steppe.model.Event;
import io.steppe.model.json.EventJson;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steppe reactions}: each actor's strongest stance toward focal actors, with evidence. */
@Command(
    name = "reactions",
    mixinStandardHelpOptions = true,
    description = {
      "How each actor reacted to the focal actors in a window: condemned/criticised, appealed for",
      "restraint, expressed concern, supported, or no statement found; counts are event clusters."
    })
public final class ReactionsCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] QUADS = {
    "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"
  };

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(
      names = "--against",
      required = true,
      paramLabel = "ACTORS",
      description = "Focal actors, comma-separated (e.g. ISR,USA).")
  String against;

  @Option(
      names = "--actors",
      required = true,
      paramLabel = "ACTORS",
      description = "Reacting actors or a region (e.g. central-asia or KAZ,UZB).")
  String actors;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "First date included.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Last date included.")
  LocalDate until;

  @Option(names = "--reports", description = "Count raw reports instead of event clusters.")
  boolean reports;

  @Option(names = "--json", description = "JSON Lines, one row per actor.")
  boolean json;

  @Override
  public Integer call() {
    Regions regions = Regions.bundled();
    ReactionQuery query =
        new ReactionQuery(regions.expand(actors), regions.expand(against), since, until, reports);
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore eventStore = Stores.open(store.location())) {
      List<ReactionRow> rows = new Reactions(eventStore).compute(query);
      if (json) {
        rows.forEach(row -> out.println(json(row)));
      } else {
        DemoCommand.reactions(rows, query, out);
      }
    }
    out.flush();
    return 0;
  }

  static ObjectNode json(ReactionRow row) {
    ObjectNode node = JSON.createObjectNode();
    node.put("actor", row.actor());
    node.put("stance", row.stance().label());
    ObjectNode counts = node.putObject("counts");
    int[] quads = row.quadCounts();
    for (int i = 0; i < QUADS.length; i++) {
      counts.put(QUADS[i], quads[i]);
    }
    events(node.putArray("evidence"), row.evidence());
    events(node.putArray("denied"), row.denied());
    return node;
  }

  private static void events(ArrayNode array, List<Event> events) {
    events.forEach(event -> array.add(EventJson.node(event)));
  }
}
