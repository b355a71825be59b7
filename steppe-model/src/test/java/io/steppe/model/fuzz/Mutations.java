package io.steppe.model.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

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

  /** One edit; positions are taken modulo the length of the text they apply to. */
  private record Edit(Kind kind, int at, int length, String token) {
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

  /** Each of {@code valid} with up to four edits, now and then a random string instead. */
  public static Arbitrary<String> of(List<String> valid) {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.of(Kind.values()),
                Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 12),
                Arbitraries.of(TOKENS))
            .as(Edit::new);
    Arbitrary<String> edited =
        Combinators.combine(Arbitraries.of(valid), edit.list().ofMaxSize(4))
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

  /** Files of up to {@code maxLines} lines, each a near-valid line from {@code valid}. */
  public static Arbitrary<List<String>> lines(List<String> valid, int maxLines) {
    return of(valid).list().ofMaxSize(maxLines);
  }
}
