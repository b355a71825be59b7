package io.steppe.app.cli;

import io.steppe.app.eval.EvalOptions;
import io.steppe.app.eval.EvalOptions.PetrarchFiles;
import io.steppe.app.eval.Evaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code steppe eval}: the coder measured against public gold standards, each figure printed with
 * the command that reproduces it.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the coder on the CAMEO codebook examples, the PLOVER records of the CAMEO manual",
      "and the UD-PETRARCH functional suite (with that suite's dictionaries), and times coding.",
      "The files are read from ../shared/data/peers (or --data DIR); nothing is copied."
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Folder with icews/, PLOVER/ and UniversalPetrarch/ (default ../shared/data/peers).")
  @Nullable Path data;

  @Option(
      names = "--set",
      split = ",",
      paramLabel = "SET",
      description = "codebook, plover, petrarch, locations, speed (default: all).")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Only the first N records of each set (default: all).")
  int limit;

  @Option(
      names = "--discards",
      paramLabel = "FILE",
      description = "PETRARCH discard list for the UD-PETRARCH set (default: the suite's).")
  @Nullable Path discards;

  @Option(
      names = "--speed-seconds",
      paramLabel = "S",
      description = "Repeat coding for at least S seconds when timing it (default: 10).")
  double speedSeconds = 10;

  @Option(names = "--details", description = "Also print every record with what was coded.")
  boolean details;

  @Option(
      names = "--annotation-cache",
      paramLabel = "DIR",
      description =
          "Keep annotations in DIR and reuse them: evaluating again after a lexicon or coder"
              + " change then needs no parsing.")
  @Nullable Path annotationCache;

  @Mixin DictionaryOptions dictionaries;

  @Override
  public Integer call() {
    Set<String> chosen = new LinkedHashSet<>(sets.isEmpty() ? EvalOptions.SETS : sets);
    for (String set : chosen) {
      if (!EvalOptions.SETS.contains(set)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "unknown set '" + set + "': expected one of " + EvalOptions.SETS);
      }
    }
    List<Path> files = dictionaries.files();
    if (discards != null) {
      files.add(discards);
    }
    Inputs.requireExisting(spec, files);
    PetrarchFiles petrarch =
        new PetrarchFiles(
            dictionaries.verbs(), dictionaries.actors(), dictionaries.agents(), discards);
    Path folder = data == null ? EvalOptions.defaultData() : data;
    Evaluation.run(
        new EvalOptions(folder, chosen, limit, petrarch, speedSeconds, details, annotationCache),
        spec.commandLine().getOut());
    return 0;
  }
}
