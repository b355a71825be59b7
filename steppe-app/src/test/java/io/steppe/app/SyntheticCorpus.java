package io.steppe.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes many short articles that {@link TemplateAnnotator} can parse: two coded sentences and one
 * without an event each, every tenth an exact copy and every tenth a near copy of an earlier one,
 * so that a run stores documents, sentences, events and both kinds of duplicate links.
 */
public final class SyntheticCorpus {
  private static final List<String> COUNTRIES =
      List.of(
          "Kazakhstan",
          "Uzbekistan",
          "Tajikistan",
          "Kyrgyzstan",
          "Turkmenistan",
          "Israel",
          "Iran",
          "Russia",
          "China",
          "Turkey",
          "Germany",
          "France",
          "Japan",
          "India",
          "Pakistan",
          "Egypt");
  private static final Set<String> COUNTRY_SET = Set.copyOf(COUNTRIES);
  private static final List<String> VERBS =
      TemplateAnnotator.VERBS.keySet().stream().sorted().toList();
  private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Friday");
  private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

  private SyntheticCorpus() {}

  static boolean isCountry(String word) {
    return COUNTRY_SET.contains(word);
  }

  /** Writes {@code count} articles into {@code folder} and returns the folder. */
  public static Path write(Path folder, int count) {
    try {
      Files.createDirectories(folder);
      List<String> bodies = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String body = body(i, bodies);
        bodies.add(body);
        String article =
            "Title: Report "
                + i
                + "\nDate: "
                + FIRST.plusDays(i)
                + "\nSource: Test Wire\n\n"
                + body;
        Files.writeString(
            folder.resolve(String.format(Locale.ROOT, "report-%04d.txt", i)),
            article,
            StandardCharsets.UTF_8);
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the synthetic corpus into " + folder, e);
    }
  }

  private static String body(int i, List<String> earlier) {
    if (i % 10 == 9) {
      return earlier.get(i - 5);
    }
    if (i % 10 == 4) {
      return earlier.get(i - 3) + "\nTalks continued.";
    }
    return sentence(i, i * 7 + 3, i)
        + " on "
        + DAYS.get(i % DAYS.size())
        + ".\n"
        + sentence(i * 5 + 1, i * 3 + 11, i / 3)
        + ".\n"
        + "Officials spoke to reporters after meeting number "
        + i
        + ".";
  }

  private static String sentence(int source, int target, int verb) {
    String from = COUNTRIES.get(source % COUNTRIES.size());
    String to = COUNTRIES.get(target % COUNTRIES.size());
    if (from.equals(to)) {
      to = COUNTRIES.get((target + 1) % COUNTRIES.size());
    }
    return from + " " + VERBS.get(verb % VERBS.size()) + " " + to;
  }
}
