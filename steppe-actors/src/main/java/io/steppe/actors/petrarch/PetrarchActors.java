package io.steppe.actors.petrarch;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.petrarch.ActorFileReader.StemmedName;
import io.steppe.actors.petrarch.TabariLines.Line;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an {@link ActorDictionary} from PETRARCH/TABARI actor and agent files (for example the
 * UD-PETRARCH validation suite's {@code PETR_Validate_actors_2_02.txt} and {@code
 * PETR_Validate_agents_2_02.txt}, or the Phoenix dictionaries). Only these files are used: Steppe's
 * bundled names are not added.
 *
 * <p>How the formats meet: a name stands for its code as written, for the dates the code holds;
 * agent nouns in the same phrase replace the code's sector ("Kyrgyz police" is KGZ + COP). A name
 * written as a stem also matches a fixed set of endings ({@link TabariWords#STEM_ENDINGS}).
 */
public final class PetrarchActors {
  /** The dictionary and what was read and left out. */
  public record Reading(ActorDictionary dictionary, Tally tally) {}

  /** The text of one dictionary file, for tests and callers that hold it in memory. */
  public record Source(String name, List<String> lines) {}

  private PetrarchActors() {}

  public static Reading read(List<Path> actorFiles, List<Path> agentFiles) {
    List<List<Line>> actors = new ArrayList<>();
    actorFiles.forEach(file -> actors.add(TabariLines.read(file)));
    List<List<Line>> agents = new ArrayList<>();
    agentFiles.forEach(file -> agents.add(TabariLines.read(file)));
    return build(actors, agents);
  }

  public static Reading parse(List<Source> actorFiles, List<Source> agentFiles) {
    List<List<Line>> actors = new ArrayList<>();
    actorFiles.forEach(file -> actors.add(TabariLines.parse(file.name(), file.lines())));
    List<List<Line>> agents = new ArrayList<>();
    agentFiles.forEach(file -> agents.add(TabariLines.parse(file.name(), file.lines())));
    return build(actors, agents);
  }

  private static Reading build(List<List<Line>> actorFiles, List<List<Line>> agentFiles) {
    ActorDictionary.Builder builder = ActorDictionary.builder();
    Tally tally = new Tally();
    List<StemmedName> stems = new ArrayList<>();
    for (List<Line> file : actorFiles) {
      new ActorFileReader(builder, tally, stems).read(file);
    }
    // Endings come last so that a name written in full always wins over a stem's guess.
    for (StemmedName stem : stems) {
      for (String variant : TabariWords.stemVariants(stem.phrase())) {
        if (!builder.hasName(variant)) {
          builder.name(variant, stem.codes(), stem.line().asTsv());
          tally.read("stem endings");
        }
      }
    }
    for (List<Line> file : agentFiles) {
      new AgentFileReader(builder, tally).read(file);
    }
    return new Reading(builder.build(), tally);
  }
}
