package io.steppe.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.actors.DictionaryIssue;
import io.steppe.actors.Resolution;
import io.steppe.app.Steppe;
import io.steppe.model.Actor;
import io.steppe.model.SteppeException;
import io.steppe.model.json.ActorJson;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe actors check|resolve|unknown}: the actor dictionary from the command line. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = "Checks the actor dictionary, resolves names to actors, lists unresolved names.",
    subcommands = {
      ActorsCommand.Check.class,
      ActorsCommand.Resolve.class,
      ActorsCommand.Unknown.class
    })
public final class ActorsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "expected a subcommand: check, resolve or unknown");
  }

  /** The {@code --actors} option: folders of user dictionary files that override bundled names. */
  public static final class DictionaryOption {
    @Option(
        names = "--actors",
        paramLabel = "DIR",
        description =
            "A folder of countries.tsv, seats.tsv, organisations.tsv, people.tsv or sectors.tsv"
                + " read after the bundled files; its names override bundled ones. Repeatable.")
    List<Path> directories = new ArrayList<>();

    ActorDictionary load(CommandSpec spec) {
      return load(spec, Optional.empty());
    }

    /** The bundled files, then the store's own folder, then the folders given, each overriding. */
    ActorDictionary load(CommandSpec spec, Optional<Path> storeDirectory) {
      Inputs.requireExisting(spec, directories);
      List<Path> all = new ArrayList<>();
      storeDirectory.ifPresent(all::add);
      all.addAll(directories);
      return all.isEmpty() ? ActorDictionary.bundled() : ActorDictionary.load(all);
    }
  }

  /** {@code steppe actors check}: every dictionary issue as {@code file:line: message}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Validates the bundled dictionary and any --actors folders: duplicate names, overlapping"
            + " role periods, unknown codes.",
        "Exit 0 when there is no issue, 1 otherwise."
      })
  public static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DictionaryOption actors;

    @Override
    public Integer call() {
      ActorDictionary dictionary = actors.load(spec);
      PrintWriter out = spec.commandLine().getOut();
      for (DictionaryIssue issue : dictionary.issues()) {
        out.println(issue);
      }
      ActorDictionary.Counts counts = dictionary.counts();
      out.printf(
          "%d names, %d people, %d organisations: %d issue%s%n",
          counts.names(),
          counts.people(),
          counts.organisations(),
          dictionary.issues().size(),
          dictionary.issues().size() == 1 ? "" : "s");
      out.flush();
      return dictionary.issues().isEmpty() ? 0 : 1;
    }
  }

  /** {@code steppe actors resolve}: one text, or a JSON Lines file of names, to actors. */
  @Command(
      name = "resolve",
      mixinStandardHelpOptions = true,
      description = {
        "Resolves TEXT to a CONTRACT actor object (code null when unknown).",
        "With --in, resolves {\"id\",\"text\",\"date\"} lines to {\"id\",\"actor\"} lines"
            + " (actor null when unknown); bad lines are reported on stderr with their line"
            + " number and skipped (exit 3)."
      })
  public static final class Resolve implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec CommandSpec spec;
    @Mixin DictionaryOption actors;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "The date the names are read on (default: today, UTC; --in lines may say).")
    LocalDate date;

    @Option(names = "--in", paramLabel = "FILE", description = "Names as JSON Lines; - for stdin.")
    String in;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        defaultValue = "-",
        description = "Resolved lines; - for stdout (the default).")
    String out;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT", description = "A name.")
    String text;

    @Override
    public Integer call() throws IOException {
      if ((text == null) == (in == null)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "expected either TEXT or --in FILE");
      }
      if (in != null && !in.equals("-")) {
        Inputs.requireExisting(spec, List.of(Path.of(in)));
      }
      ActorResolver resolver = new ActorResolver(actors.load(spec));
      LocalDate defaultDate = date != null ? date : LocalDate.now(ZoneOffset.UTC);
      if (text != null) {
        Actor actor = resolver.resolve(text, defaultDate).actor();
        spec.commandLine().getOut().println(MAPPER.writeValueAsString(ActorJson.node(actor)));
        spec.commandLine().getOut().flush();
        return 0;
      }
      int rejected;
      try (BufferedReader reader = open(in);
          Writer writer = Outputs.open(out, spec.commandLine().getOut())) {
        rejected = resolveLines(reader, writer, resolver, defaultDate);
      }
      return rejected == 0 ? 0 : Steppe.EXIT_REJECTS;
    }

    private int resolveLines(
        BufferedReader reader, Writer writer, ActorResolver resolver, LocalDate defaultDate)
        throws IOException {
      String name = in.equals("-") ? "stdin" : in;
      int rejected = 0;
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          NameLine parsed = NameLine.parse(MAPPER, line, defaultDate);
          Resolution resolution = resolver.resolve(parsed.text(), parsed.date());
          writer.write(MAPPER.writeValueAsString(parsed.output(resolution.actor())));
          writer.write('\n');
        } catch (BadLineException e) {
          spec.commandLine().getErr().println(name + ":" + number + ": " + e.getMessage());
          rejected++;
        }
      }
      spec.commandLine().getErr().flush();
      return rejected;
    }

    private static BufferedReader open(String in) throws IOException {
      if (in.equals("-")) {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      }
      return Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8);
    }
  }

  /** A line of {@code resolve --in} that cannot be read; the message says why. */
  static final class BadLineException extends SteppeException {
    private static final long serialVersionUID = 1L;

    BadLineException(String reason) {
      super(reason);
    }
  }

  /**
   * One input line of {@code resolve --in}.
   *
   * @param id the caller's id, echoed on the output line as it was written (text or number)
   */
  record NameLine(JsonNode id, String text, LocalDate date) {

    static NameLine parse(ObjectMapper mapper, String line, LocalDate defaultDate) {
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (JsonProcessingException e) {
        throw new BadLineException("not valid JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        throw new BadLineException("expected a JSON object with \"id\" and \"text\"");
      }
      JsonNode id = node.get("id");
      if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
        throw new BadLineException("missing \"id\" (a string)");
      }
      JsonNode text = node.get("text");
      if (text == null || !text.isTextual() || text.asText().isBlank()) {
        throw new BadLineException("missing \"text\" (a non-empty string)");
      }
      return new NameLine(id, text.asText(), date(node.get("date"), defaultDate));
    }

    private static LocalDate date(JsonNode date, LocalDate defaultDate) {
      if (date == null || date.isNull()) {
        return defaultDate;
      }
      try {
        return LocalDate.parse(date.asText());
      } catch (DateTimeParseException e) {
        throw new BadLineException("\"date\" must be YYYY-MM-DD, found '" + date.asText() + "'");
      }
    }

    /** The output line: the id as given, and the actor or null when the name is unknown. */
    ObjectNode output(Actor actor) {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.set("id", id);
      node.set("actor", actor.isKnown() ? ActorJson.node(actor) : null);
      return node;
    }
  }

  /** {@code steppe actors unknown}: the unresolved actor texts most often found in the store. */
  @Command(
      name = "unknown",
      mixinStandardHelpOptions = true,
      description =
          "Lists the actor texts the dictionary did not resolve (events whose source or target"
              + " code is empty), most frequent first: candidates for a user dictionary"
              + " (--actors).")
  public static final class Unknown implements Callable<Integer> {
    /** Sources and targets whose code is empty; the text is never part of the statement. */
    private static final String SQL =
        "SELECT text, count(*) AS mentions FROM ("
            + " SELECT source_text AS text FROM events"
            + " WHERE source_code IS NULL OR source_code = ''"
            + " UNION ALL"
            + " SELECT target_text AS text FROM events"
            + " WHERE target_text IS NOT NULL AND (target_code IS NULL OR target_code = '')"
            + ") GROUP BY text ORDER BY mentions DESC, text LIMIT ";

    private static final int MAX_LIMIT = 100_000;

    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "20",
        description = "At most N texts (1 to 100000, default 20).")
    int limit;

    @Override
    public Integer call() {
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--limit must be between 1 and " + MAX_LIMIT + ", found " + limit);
      }
      String location = store.location();
      if (!location.equals(Stores.IN_MEMORY)) {
        // Opening a store creates it; a mistyped path should not leave an empty store behind.
        Inputs.requireExisting(spec, List.of(Path.of(location)));
      }
      try (EventStore eventStore = Stores.open(location)) {
        // The limit is an int checked above: nothing the user typed reaches the SQL as text.
        String sql = SQL + limit;
        spec.commandLine().getOut().print(eventStore.query(sql).formatTable());
        spec.commandLine().getOut().flush();
      }
      return 0;
    }
  }

  /** Where {@code --out} writes: a file, or the command's own output for {@code -}. */
  static final class Outputs {
    private Outputs() {}

    static Writer open(String out, PrintWriter stdout) throws IOException {
      if (out.equals("-")) {
        return new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) {
            stdout.write(buffer, offset, length);
          }

          @Override
          public void flush() {
            stdout.flush();
          }

          @Override
          public void close() {
            stdout.flush();
          }
        };
      }
      Path path = Path.of(out);
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }
  }
}
