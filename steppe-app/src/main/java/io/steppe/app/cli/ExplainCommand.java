package io.steppe.app.cli;

import io.steppe.app.pipeline.Engine;
import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.Token;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe explain "TEXT"}: the parse the coder sees and the events it codes, with why. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Shows the dependency parse of a text and the events coded from it, with their why.")
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TEXT", description = "One or more sentences.")
  String text;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Article date (default: today).")
  LocalDate date;

  @Override
  public Integer call() {
    LocalDate articleDate = date != null ? date : LocalDate.now(java.time.ZoneOffset.UTC);
    Engine.Coded coded =
        Engine.standard().process(new Document("explain", articleDate, null, null, null, text));
    PrintWriter out = spec.commandLine().getOut();
    for (ParsedSentence sentence : coded.document().sentences()) {
      out.println("# " + sentence.text());
      for (Token token : sentence.tokens()) {
        String head = token.head() < 0 ? "ROOT" : sentence.token(token.head()).word();
        out.printf(
            "  %2d %-16s %-14s %-5s %-9s %s <- %s%n",
            token.index(),
            token.word(),
            token.lemma(),
            token.pos(),
            token.ner(),
            token.relation(),
            head);
      }
    }
    for (Event event : coded.events()) {
      out.printf(
          "%s %s -> %s %s (%s) %s%n  why: %s%n",
          event.modality().word(),
          Tables.code(event.source()),
          Tables.code(event.target()),
          event.cameo(),
          event.code().name(),
          event.date(),
          event.why());
    }
    out.flush();
    return 0;
  }
}
