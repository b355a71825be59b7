package io.steppe.actors;

import io.steppe.model.SteppeException;
import io.steppe.model.TsvLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Named groups of countries ("central-asia") from {@code regions.tsv}: analyses take a region
 * wherever they take a list of actors, and claims about "Central Asian countries" concern each
 * member.
 */
public final class Regions {
  private static final Regions BUNDLED =
      new Regions(TsvLine.readResource(Regions.class, "regions.tsv"));

  private final Map<String, List<String>> members = new LinkedHashMap<>();
  private final Map<String, String> phrases = new LinkedHashMap<>();

  Regions(List<TsvLine> lines) {
    for (TsvLine line : lines) {
      line.requireCells(3, 4);
      List<String> codes = Arrays.asList(line.cell(1).split("\\s+"));
      for (String code : codes) {
        if (!code.matches("[A-Z]{3}")) {
          throw line.error("region member must be an ISO alpha-3 code, found '" + code + "'");
        }
      }
      if (members.put(line.cell(0), List.copyOf(codes)) != null) {
        throw line.error("region '" + line.cell(0) + "' defined twice");
      }
      for (String phrase : line.cell(2).split("\\|")) {
        if (!phrase.isBlank()) {
          phrases.put(phrase.trim().toLowerCase(Locale.ROOT), line.cell(0));
        }
      }
    }
  }

  public static Regions bundled() {
    return BUNDLED;
  }

  /** Expands region names among comma-separated actor codes: "central-asia,AZE" gives six codes. */
  public List<String> expand(String actors) {
    List<String> result = new ArrayList<>();
    for (String part : actors.split(",")) {
      String item = part.trim();
      if (item.isEmpty()) {
        continue;
      }
      List<String> region = members.get(item.toLowerCase(Locale.ROOT));
      if (region != null) {
        result.addAll(region);
      } else if (item.matches("[A-Za-z]{2,12}")) {
        result.add(item.toUpperCase(Locale.ROOT));
      } else {
        throw new SteppeException(
            "unknown actor or region '"
                + item
                + "': expected a code like KAZ or one of "
                + members.keySet());
      }
    }
    return List.copyOf(result);
  }

  /** The members of every region a text names ("Central Asian countries" gives the five). */
  public List<String> mentionedIn(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> result = new ArrayList<>();
    phrases.forEach(
        (phrase, region) -> {
          if (lower.contains(phrase)) {
            result.addAll(members.get(region));
          }
        });
    return result;
  }

  public Map<String, List<String>> all() {
    return Collections.unmodifiableMap(members);
  }
}
