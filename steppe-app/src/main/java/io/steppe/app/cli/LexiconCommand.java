package io.steppe.app.cli;

import io.steppe.coder.Lexicon;
import io.steppe.coder.LexiconCheck;
import io.steppe.model.CameoTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steppe lexicon check}: validates the verb and noun patterns. */
@Command(
    name = "lexicon",
    mixinStandardHelpOptions = true,
    description = "Lexicon tools.",
    subcommands = {LexiconCommand.Check.class})
public final class LexiconCommand {

  /** {@code steppe lexicon check [--add FILE...]}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Checks verbs.tsv and nouns.tsv (and added files): unknown codes and malformed lines stop",
        "with file and line; duplicate, shadowed and unreachable patterns and CAMEO codes without a",
        "pattern are listed. Exit 0 when nothing is found, 1 otherwise."
      })
  public static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--add",
        paramLabel = "FILE",
        description = "Extra pattern files (nouns*.tsv are noun patterns).")
    List<Path> extra = List.of();

    @Override
    public Integer call() {
      Inputs.requireExisting(spec, extra);
      Lexicon lexicon = Lexicon.load(extra);
      List<String> problems = LexiconCheck.problems(lexicon, CameoTable.bundled());
      PrintWriter out = spec.commandLine().getOut();
      problems.forEach(out::println);
      out.printf(
          "%d patterns, %d CAMEO codes: %d problems%n",
          lexicon.size(), CameoTable.bundled().all().size(), problems.size());
      out.flush();
      return problems.isEmpty() ? 0 : 1;
    }
  }
}
