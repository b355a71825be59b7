package io.steppe.app.cli;

import io.steppe.app.exchange.CountryCodes;
import io.steppe.app.exchange.GdeltRows;
import io.steppe.app.exchange.PloverLines;
import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import io.steppe.store.QueryResult;
import io.steppe.store.Stores;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steppe export}: stored events as CSV, Parquet, PLOVER JSON Lines or GDELT 2.0 rows. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes stored events to a file for other tools.",
      "csv: every column of the events table, with a header. parquet: the same plus 'month',"
          + " one folder per month (month=2025-06/) under PATH.",
      "plover: PLOVER JSON records, one per line. gdelt: GDELT 2.0 event rows (61 tab-separated"
          + " columns); only asserted events unless --modality says otherwise, undated events"
          + " are left out."
    })
public final class ExportCommand implements Callable<Integer> {
  private static final List<String> FORMATS = List.of("csv", "parquet", "plover", "gdelt");

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "csv, parquet, plover or gdelt.")
  String format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "The file to write (a folder for parquet, which must not hold files yet).")
  Path out;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "First date included.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Last date included.")
  LocalDate until;

  @Option(
      names = "--modality",
      paramLabel = "M",
      description = "asserted, negated or hypothetical (default: all; asserted for gdelt).")
  String modality;

  @Override
  public Integer call() {
    String chosen = format.strip().toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(chosen)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format must be one of " + FORMATS + ", found '" + format + "'");
    }
    EventQuery query = query(chosen);
    createParent();
    try (EventStore eventStore = Stores.open(store.location())) {
      String done =
          switch (chosen) {
            case "csv" -> {
              eventStore.exportCsv(query, out);
              yield "exported events as CSV to " + out;
            }
            case "parquet" -> {
              eventStore.exportParquet(query, out);
              yield "exported events as Parquet, one folder per month, to " + out;
            }
            case "plover" -> lines(eventStore.events(query), PloverLines::line, "PLOVER");
            default -> gdelt(eventStore, query);
          };
      spec.commandLine().getOut().println(done);
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  private EventQuery query(String chosen) {
    Modality wanted = modality == null ? null : Modality.fromWord(modality.strip());
    if (wanted == null && chosen.equals("gdelt")) {
      wanted = Modality.ASSERTED;
    }
    return EventQuery.all().withSince(since).withUntil(until).withModality(wanted);
  }

  private void createParent() {
    Path parent = out.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create folder " + parent + " for " + out, e);
    }
  }

  private String gdelt(EventStore eventStore, EventQuery query) {
    Map<String, String> urls = new HashMap<>();
    QueryResult result =
        eventStore.query("SELECT id, url FROM documents WHERE url IS NOT NULL AND url <> ''");
    result.rows().forEach(row -> urls.put(row.get(0), row.get(1)));
    List<Event> events = eventStore.events(query);
    List<Event> dated = events.stream().filter(event -> event.date() != null).toList();
    if (dated.size() < events.size()) {
      spec.commandLine()
          .getErr()
          .println((events.size() - dated.size()) + " undated events left out: GDELT needs a Day");
    }
    GdeltRows rows = new GdeltRows(CountryCodes.bundled());
    return lines(dated, event -> rows.row(event, urls.get(event.docId())), "GDELT");
  }

  private String lines(List<Event> events, Function<Event, String> line, String name) {
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Event event : events) {
        writer.write(line.apply(event));
        writer.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
    return "exported " + events.size() + " events as " + name + " to " + out;
  }
}
