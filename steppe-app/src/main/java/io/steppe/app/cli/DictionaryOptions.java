package io.steppe.app.cli;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.petrarch.PetrarchActors;
import io.steppe.app.pipeline.Engine;
import io.steppe.coder.Lexicon;
import io.steppe.coder.petrarch.PetrarchVerbs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --verbs}, {@code --actors} and {@code --agents}: code with dictionaries in the
 * PETRARCH/TABARI format instead of Steppe's own (a picocli mixin shared by {@code code} and {@code
 * eval}). Given verbs replace Steppe's lexicon; given actors or agents replace Steppe's actor
 * dictionary.
 */
public final class DictionaryOptions {
  @Option(
      names = "--verbs",
      paramLabel = "FILE",
      description = "PETRARCH verb dictionary to code with instead of Steppe's lexicon.")
  @Nullable Path verbs;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description = "PETRARCH/TABARI actor dictionary (repeatable), instead of Steppe's actors.")
  List<Path> actors = new ArrayList<>();

  @Option(
      names = "--agents",
      paramLabel = "FILE",
      description = "PETRARCH/TABARI agent dictionary (repeatable), with --actors.")
  List<Path> agents = new ArrayList<>();

  public @Nullable Path verbs() {
    return verbs;
  }

  public List<Path> actors() {
    return List.copyOf(actors);
  }

  public List<Path> agents() {
    return List.copyOf(agents);
  }

  /** Every file given, to check before a long run. */
  List<Path> files() {
    List<Path> files = new ArrayList<>(actors);
    files.addAll(agents);
    if (verbs != null) {
      files.add(verbs);
    }
    return files;
  }

  /** The engine to code with, once every file given is known to exist. */
  Engine engine(CommandSpec spec) {
    Inputs.requireExisting(spec, files());
    return verbs == null && actors.isEmpty() && agents.isEmpty()
        ? Engine.standard()
        : Engine.with(lexicon(), actorDictionary());
  }

  /** The lexicon to code with: the PETRARCH verbs if given, else Steppe's own. */
  public Lexicon lexicon() {
    return verbs == null ? Lexicon.bundled() : PetrarchVerbs.read(verbs).lexicon();
  }

  /** The actor dictionary to code with: the PETRARCH actors and agents if given, else Steppe's. */
  public ActorDictionary actorDictionary() {
    return actors.isEmpty() && agents.isEmpty()
        ? ActorDictionary.bundled()
        : PetrarchActors.read(actors, agents).dictionary();
  }
}
