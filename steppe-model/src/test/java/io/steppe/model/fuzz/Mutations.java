package io.steppe.model.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * jqwik generators of near-valid inputs for the fuzz properties: valid lines with a few small
 * edits, which reach far deeper into a parser than random strings, which are mixed in too. Shared
 * with the other modules' tests through steppe-model's test jar.
 */
public final class Mutations {
  /** Fragments that break parsers: separators, brackets, numbers, odd Unicode, control bytes. */
  private static final List<String> TOKENS =
      List.of(
          "\t",
          "\t\t",
          "#",
          "[",
          "]",
          "<",
          ">",
          "{",
          "}",
          "\"",
          "'",
          ";",
          ":",
          "=",
          "_",
          "~",
          "+",
          "-",
          "0",
          "-1",
          "99999999999999999999",
          "9999-99-99",
          "2025-02-30",
          "\u00e9",
          "\u0130",
          "\uD83D\uDE00",
          "\uD800",
          "\u0000",
          "\r",
          "\n",
          " ",
          "   ",
          "\\",
          "/",
          "(",
          ")",
          "@",
          "&",
          "&amp;",
          "%",
          "*",
          "...",
          "\u200B",
          "\uFEFF",
          "]]>",
          "<!--",
          "null",
          "NaN",
          "Infinity",
          "1e999");

  private enum Kind {
    INSERT,
    DELETE,
    DUPLICATE,
    TRUNCATE,
    REPLACE
  }

  /**
   * One edit; positions are taken modulo the length of the text they apply to.
   *
   * @param line which line of a file it applies to, for {@link #file}
   */
  private record Edit(Kind kind, int at, int length, String token, int line) {
    String applyTo(String text) {
      int start = text.isEmpty() ? 0 : Math.floorMod(at, text.length() + 1);
      int end = Math.min(text.length(), start + length);
      return switch (kind) {
        case INSERT -> text.substring(0, start) + token + text.substring(start);
        case DELETE -> text.substring(0, start) + text.substring(end);
        case DUPLICATE -> text.substring(0, end) + text.substring(start, end) + text.substring(end);
        case TRUNCATE -> text.substring(0, start);
        case REPLACE -> text.substring(0, start) + token + text.substring(end);
      };
    }
  }

  private Mutations() {}

  /**
   * The data lines (not comments, not blank) of a bundled resource, read relative to {@code
   * anchor}: the valid lines the generators mutate.
   */
  public static List<String> resourceLines(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each of {@code valid} with up to four edits, now and then a random string instead. */
  public static Arbitrary<String> of(List<String> valid) {
    Arbitrary<String> edited =
        Combinators.combine(Arbitraries.of(valid), edits().list().ofMaxSize(4))
            .as(
                (line, edits) -> {
                  String text = line;
                  for (Edit e : edits) {
                    text = e.applyTo(text);
                  }
                  return text;
                });
    return Arbitraries.frequencyOf(
        Tuple.of(9, edited), Tuple.of(1, Arbitraries.strings().ofMaxLength(60)));
  }

  /**
   * Counts one try's outcome (read cleanly, or rejected or partly skipped) and checks, after the
   * last try, that the generator reached both: a fuzz property whose inputs all fail (or all pass)
   * tests only one branch of the reader.
   */
  public static void outcome(boolean read) {
    Statistics.label("outcome").collect(read ? "read" : "rejected");
    Statistics.label("outcome")
        .coverage(
            coverage -> {
              coverage.check("read").count(n -> n > 0);
              coverage.check("rejected").count(n -> n > 0);
            });
  }

  /**
   * The whole of {@code valid}, lines in order, with up to three edits on lines chosen at random:
   * for structured files (XML, HTML) whose lines make sense only together.
   */
  public static Arbitrary<List<String>> file(List<String> valid) {
    Arbitrary<Integer> index = Arbitraries.integers().between(0, Math.max(0, valid.size() - 1));
    return Combinators.combine(index, edits())
        .as((at, edit) -> new Edit(edit.kind(), edit.at(), edit.length(), edit.token(), at))
        .list()
        .ofMaxSize(3)
        .map(
            edits -> {
              List<String> lines = new ArrayList<>(valid);
              for (Edit edit : edits) {
                if (!lines.isEmpty()) {
                  lines.set(edit.line(), edit.applyTo(lines.get(edit.line())));
                }
              }
              return lines;
            });
  }

  private static Arbitrary<Edit> edits() {
    return Combinators.combine(
            Arbitraries.of(Kind.values()),
            Arbitraries.integers().between(0, 100_000),
            Arbitraries.integers().between(0, 12),
            Arbitraries.of(TOKENS))
        .as((kind, at, length, token) -> new Edit(kind, at, length, token, 0));
  }

  /** Files of up to {@code maxLines} lines, each a near-valid line from {@code valid}. */
  public static Arbitrary<List<String>> lines(List<String> valid, int maxLines) {
    return of(valid).list().ofMaxSize(maxLines);
  }
}
