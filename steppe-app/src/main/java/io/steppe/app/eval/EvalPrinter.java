package io.steppe.app.eval;

import io.steppe.actors.petrarch.Tally;
import io.steppe.app.eval.EvalOptions.PetrarchFiles;
import io.steppe.app.eval.ValidationRecords.Expected;
import io.steppe.app.eval.ValidationRecords.ValidationRecord;
import io.steppe.coder.petrarch.DiscardList;
import io.steppe.model.Event;
import io.steppe.model.Modality;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Prints each figure of {@code steppe eval} with what it counts and the command that gives it. */
final class EvalPrinter {
  private final PrintWriter out;
  private final EvalOptions options;

  EvalPrinter(PrintWriter out, EvalOptions options) {
    this.out = out;
    this.options = options;
  }

  void header(String annotator, int lexiconSize) {
    out.printf("steppe eval: sentences annotated with %s and coded by Steppe%n", annotator);
    out.printf("data: %s%n", options.data());
    out.printf(
        "Steppe's own lexicon (%d patterns) and actor dictionary for sets 1, 2 and the speed;"
            + " only asserted events count%n",
        lexiconSize);
    out.flush();
  }

  void codebook(
      CodebookSet.Result result, List<CodebookSet.Example> examples, List<List<Event>> events) {
    out.printf(
        "%n1. CAMEO codebook examples (%s, rows with an example sentence)%n", CodebookSet.FILE);
    out.printf("   CAMEO root among the asserted events' roots: %s%n", result.root());
    out.printf("   full CAMEO code among the asserted events:   %s%n", result.full());
    out.println("   (a root code NN and its generic NN0 count as the same code)");
    out.printf("   reproduce: %s%n", command("codebook"));
    if (options.details()) {
      for (int i = 0; i < examples.size(); i++) {
        CodebookSet.Example example = examples.get(i);
        out.printf(
            "   example %s (root %s): %s; coded %s%n",
            example.code(),
            example.root(),
            CodebookSet.verdict(example, events.get(i)).describe(),
            brief(events.get(i)));
      }
    }
    out.flush();
  }

  void plover(PloverSet.Result result, PloverSet.Reading reading, List<List<Event>> events) {
    out.printf("%n2. CAMEO manual examples in PLOVER (%s)%n", PloverSet.FILE);
    out.printf(
        "   source, target (when named) and event type all right in one event: %s%n", result.all());
    out.printf(
        "   right source: %s; right target: %s of the records that name one; right type: %s%n",
        result.source(), result.target(), result.type());
    out.printf(
        "   %s; draft categories mapped to 2021 types by plover-draft-mapping.tsv;"
            + " %d records left out (no text or no source, or not an event)%n",
        ActorMatch.RULE, reading.leftOut());
    out.printf("   reproduce: %s%n", command("plover"));
    if (options.details()) {
      for (int i = 0; i < reading.records().size(); i++) {
        PloverSet.PloverRecord record = reading.records().get(i);
        out.printf(
            "   %s %s %s>%s: %s; coded %s%n",
            record.id(),
            record.type(),
            record.sources(),
            record.targets(),
            PloverSet.verdict(record, events.get(i)).describe(record),
            brief(events.get(i)));
      }
    }
    out.flush();
  }

  void dictionaries(
      PetrarchFiles files, Tally verbs, Tally actors, @Nullable DiscardList discards) {
    out.printf(
        "%n3. UD-PETRARCH functional suite (%s), coded with dictionaries:%n", PetrarchSet.RECORDS);
    out.printf(
        "   verbs %s: %d verb forms and %d patterns read, %d entries skipped; %s%n",
        name(files.verbs()),
        verbs.count("verb forms"),
        verbs.count("patterns"),
        verbs.skipped(),
        verbs);
    out.printf(
        "   actors %s, agents %s: %d names and %d agent nouns read, %d entries skipped; %s%n",
        names(files.actors()),
        names(files.agents()),
        actors.count("names"),
        actors.count("agent nouns"),
        actors.skipped(),
        actors);
    out.printf(
        "   discards %s: %s%n",
        name(files.discards()), discards == null ? "none" : discards.size() + " phrases");
  }

  void petrarch(
      PetrarchSet.Result result,
      List<ValidationRecord> records,
      List<List<Event>> events,
      @Nullable DiscardList discards) {
    out.printf("   records exactly right (all expected events, no other): %s%n", result.exact());
    List<String> categories = new ArrayList<>();
    result
        .exactByCategory()
        .forEach(
            (category, share) -> categories.add(category + " " + share.count() + "/" + share.of()));
    out.printf("   exactly right by category: %s%n", String.join(", ", categories));
    out.printf("   event precision: %s%n", result.precision().decimal());
    out.printf("   event recall:    %s%n", result.recall().decimal());
    out.printf(
        "   (events compared as code, source and target codes exactly as the suite writes them;"
            + " %d records stopped by the discard list)%n",
        result.discarded());
    out.printf("   reproduce: %s%n", command("petrarch"));
    if (options.details()) {
      for (int i = 0; i < records.size(); i++) {
        List<String> expected = new ArrayList<>();
        for (Expected event : records.get(i).expected()) {
          expected.add(
              event.code()
                  + "|"
                  + event.source()
                  + "|"
                  + (event.target() == null ? "---" : event.target()));
        }
        out.printf(
            "   %s expected %s coded %s%n",
            records.get(i).id(),
            expected,
            PetrarchSet.found(records.get(i), events.get(i), discards));
      }
    }
    out.flush();
  }

  void speed(CodingSpeed.Result result) {
    out.printf(
        "%n4. Coding speed (EventCoder.code alone on sentences annotated beforehand, one thread,"
            + " Steppe's lexicon)%n");
    out.printf(
        Locale.ROOT,
        "   %d sentences (%d events) x %d passes in %.2f s = %.0f sentences/s%n",
        result.sentencesPerPass(),
        result.eventsPerPass(),
        result.passes(),
        result.seconds(),
        result.sentencesPerSecond());
    out.printf("   reproduce: %s%n", command("speed"));
    out.flush();
  }

  void screen(ScreenTally.Result result) {
    if (result.sentences() == 0) {
      return;
    }
    out.printf(
        "%n5. Parse screen (sentences the pipeline would not parse, from tokens and lemmas alone,"
            + " each set with its own lexicon)%n");
    out.printf(
        Locale.ROOT,
        "   skipped %d of %d sentences (%.1f%%); events the full parse finds in them: %d of %d%n",
        result.skipped(),
        result.sentences(),
        100.0 * result.skipped() / result.sentences(),
        result.lost(),
        result.events());
    out.flush();
  }

  /** The command line that measures one set again with these options. */
  String command(String set) {
    StringBuilder command = new StringBuilder("./steppe eval --set ").append(set);
    if (!options.data().toAbsolutePath().normalize().equals(EvalOptions.defaultData())) {
      command.append(" --data ").append(options.data());
    }
    if (options.limit() > 0) {
      command.append(" --limit ").append(options.limit());
    }
    PetrarchFiles files = options.petrarch();
    if (set.equals("petrarch")) {
      appendFiles(command, "--verbs", files.verbs() == null ? List.of() : List.of(files.verbs()));
      appendFiles(command, "--actors", files.actors());
      appendFiles(command, "--agents", files.agents());
      appendFiles(
          command, "--discards", files.discards() == null ? List.of() : List.of(files.discards()));
    }
    return command.toString();
  }

  private static void appendFiles(StringBuilder command, String option, List<Path> files) {
    for (Path file : files) {
      command.append(' ').append(option).append(' ').append(file);
    }
  }

  private static String brief(List<Event> events) {
    List<String> parts = new ArrayList<>();
    for (Event event : events) {
      String target = event.target() == null ? "-" : event.target().code();
      String modality = event.modality() == Modality.ASSERTED ? "" : " " + event.modality().word();
      parts.add(
          event.cameo()
              + "/"
              + event.code().plover()
              + " "
              + event.source().code()
              + ">"
              + target
              + modality);
    }
    return parts.toString();
  }

  private static String name(@Nullable Path file) {
    return file == null ? "none" : String.valueOf(file.getFileName());
  }

  private static String names(List<Path> files) {
    List<String> names = new ArrayList<>();
    files.forEach(file -> names.add(name(file)));
    return String.join(", ", names);
  }
}
