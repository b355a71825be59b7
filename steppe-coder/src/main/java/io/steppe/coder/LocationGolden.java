package io.steppe.coder;

import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.model.Location;
import io.steppe.model.TsvLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Scores event locations against sentences with the place they name ({@code locations.tsv} in
 * steppe-coder's test resources; its header documents the format). Shared by the test that holds
 * the bar and by {@code steppe eval}.
 */
public final class LocationGolden {
  private LocationGolden() {}

  /** One sentence and the location its events must carry; null when it names no place. */
  public record Example(String origin, LocalDate date, String text, @Nullable Location expected) {
    public Document document() {
      return new Document(origin, date, null, null, null, text);
    }
  }

  /**
   * @param right events of place-naming sentences with the expected location
   * @param placed events of place-naming sentences
   * @param spurious events of sentences naming no place that were given a location anyway
   * @param unplaced events of sentences naming no place
   * @param uncoded place-naming sentences that gave no event at all (not counted in placed)
   * @param misses one line per wrong event, for reading
   */
  public record Result(
      int right, int placed, int spurious, int unplaced, int uncoded, List<String> misses) {
    public double share() {
      return placed == 0 ? 0 : (double) right / placed;
    }

    /** "n/N = x%" as {@code steppe eval} prints it. */
    public String figure() {
      return String.format(Locale.ROOT, "%d/%d = %.1f%%", right, placed, 100 * share());
    }
  }

  public static List<Example> read(List<TsvLine> lines) {
    List<Example> examples = new ArrayList<>();
    for (TsvLine line : lines) {
      line.requireCells(4, 4);
      Location expected =
          line.cell(2).equals("-") ? null : new Location(line.cell(2), line.cell(3));
      examples.add(
          new Example(line.origin(), LocalDate.parse(line.cell(0)), line.cell(1), expected));
    }
    return examples;
  }

  /** Scores the events coded from each example, in the same order. */
  public static Result score(List<Example> examples, List<List<Event>> events) {
    int right = 0;
    int placed = 0;
    int spurious = 0;
    int unplaced = 0;
    int uncoded = 0;
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example example = examples.get(i);
      List<Event> coded = events.get(i);
      if (example.expected() != null && coded.isEmpty()) {
        uncoded++;
        misses.add(example.origin() + ": no event coded from '" + example.text() + "'");
      }
      for (Event event : coded) {
        boolean ok = same(example.expected(), event.location());
        if (example.expected() == null) {
          unplaced++;
          spurious += ok ? 0 : 1;
        } else {
          placed++;
          right += ok ? 1 : 0;
        }
        if (!ok) {
          misses.add(
              example.origin() + ": expected " + example.expected() + ", got " + event.location());
        }
      }
    }
    return new Result(right, placed, spurious, unplaced, uncoded, List.copyOf(misses));
  }

  private static boolean same(@Nullable Location expected, @Nullable Location found) {
    if (expected == null || found == null) {
      return expected == found;
    }
    return expected.name().equalsIgnoreCase(found.name())
        && Objects.equals(expected.country(), found.country());
  }
}
