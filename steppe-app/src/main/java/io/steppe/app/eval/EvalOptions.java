package io.steppe.app.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@code steppe eval} measures and with what.
 *
 * @param data the folder holding {@code icews/}, {@code PLOVER/} and {@code UniversalPetrarch/}
 * @param sets any of {@link #SETS}
 * @param limit the first this many records of each set; 0 for all
 * @param petrarch dictionary files for the UD-PETRARCH set; missing ones are the suite's own
 * @param speedSeconds the least time coding is repeated for
 * @param details print each record that is not right
 * @param annotationCache a folder keeping annotations between runs; null to annotate every time
 */
public record EvalOptions(
    Path data,
    Set<String> sets,
    int limit,
    PetrarchFiles petrarch,
    double speedSeconds,
    boolean details,
    @Nullable Path annotationCache) {

  public static final List<String> SETS =
      List.of("codebook", "plover", "petrarch", "locations", "speed");

  public EvalOptions {
    sets = Set.copyOf(sets);
  }

  /** {@code ../shared/data/peers} beside the Steppe home, where the evaluation files are kept. */
  public static Path defaultData() {
    String home = System.getProperty("steppe.home", ".");
    return Path.of(home, "..", "shared", "data", "peers").toAbsolutePath().normalize();
  }

  /**
   * PETRARCH/TABARI dictionary files; null or empty means the UD-PETRARCH suite's own file.
   *
   * @param verbs a verb dictionary
   * @param actors actor dictionaries
   * @param agents agent dictionaries
   * @param discards a discard list
   */
  public record PetrarchFiles(
      @Nullable Path verbs, List<Path> actors, List<Path> agents, @Nullable Path discards) {
    public PetrarchFiles {
      actors = List.copyOf(actors);
      agents = List.copyOf(agents);
    }

    static final String SUITE = "UniversalPetrarch/";

    /** These files, with the suite's own (under {@code data}) for each one not given. */
    PetrarchFiles orSuite(Path data) {
      Path suite = data.resolve(SUITE);
      return new PetrarchFiles(
          verbs != null ? verbs : suite.resolve("PETR_Validate_verbs_2_02.txt"),
          !actors.isEmpty() ? actors : List.of(suite.resolve("PETR_Validate_actors_2_02.txt")),
          !agents.isEmpty() ? agents : List.of(suite.resolve("PETR_Validate_agents_2_02.txt")),
          discards != null ? discards : suite.resolve("PETR_Validate_discards_2_02.txt"));
    }
  }
}
