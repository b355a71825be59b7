package io.steppe.app.eval;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.actors.Gazetteer;
import io.steppe.coder.LocationGolden;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the figures of actors and places: PLOVER actor texts and event locations. */
final class PlaceFigures {
  /** The location golden set, kept with the coder's tests in the source tree. */
  static final String LOCATIONS = "steppe-coder/src/test/resources/io/steppe/coder/locations.tsv";

  private PlaceFigures() {}

  static void actorTexts(Path ploverFile, PrintWriter out, boolean details) {
    PloverActorTexts.Result result =
        PloverActorTexts.score(
            PloverActorTexts.read(ploverFile),
            new ActorResolver(ActorDictionary.bundled(), Gazetteer.bundled()));
    out.printf("   PLOVER actor texts: country right %s%n", result.right());
    out.println(
        "   (each source and target actorText resolved alone on the record's date; country part"
            + " compared, old codes read by plover-country-codes.tsv)");
    if (details) {
      result.misses().forEach(miss -> out.println("   " + miss));
    }
    out.flush();
  }

  /** The golden file under the Steppe home, or null when the source tree is not there. */
  static Path locationsFile() {
    Path home = Path.of(System.getProperty("steppe.home", "."));
    for (Path candidate :
        new Path[] {home.resolve(LOCATIONS), home.resolve("..").resolve(LOCATIONS)}) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return home.resolve(LOCATIONS);
  }

  static void printLocations(
      PrintWriter out, LocationGolden.Result result, String reproduce, boolean details) {
    out.printf(
        "%nLocations of events on sentences written for Steppe that name a place (%s)%n",
        LOCATIONS);
    out.printf("   location right (name and ISO3 country): %s%n", result.figure());
    out.printf(
        "   %d place-naming sentences gave no event; %d/%d events of sentences naming no place got one%n",
        result.uncoded(), result.spurious(), result.unplaced());
    out.printf("   reproduce: %s%n", reproduce);
    if (details) {
      result.misses().forEach(miss -> out.println("   " + miss));
    }
    out.flush();
  }
}
