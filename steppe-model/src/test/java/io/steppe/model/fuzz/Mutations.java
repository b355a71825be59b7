package io.steppe.model.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators of near-valid inputs for the fuzz properties: valid lines with a few small edits,
 * which reach far deeper into a parser than random strings, which are mixed in too. Shared with the
 * other modules' tests through steppe-model's test jar.
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
  public static Gen<String> of(List<String> valid) {
    Gen<String> line = Gen.of(valid);
    Gen<List<Edit>> edits = edits().list(4);
    Gen<String> edited =
        random -> {
          String text = line.draw(random);
          for (Edit e : edits.draw(random)) {
            text = e.applyTo(text);
          }
          return text;
        };
    Gen<String> noise = Gen.strings(60);
    return random -> (random.nextInt(10) < 9 ? edited : noise).draw(random);
  }

  /**
   * The whole of {@code valid}, lines in order, with up to three edits on lines chosen at random:
   * for structured files (XML, HTML) whose lines make sense only together.
   */
  public static Gen<List<String>> file(List<String> valid) {
    Gen<Integer> index = Gen.between(0, Math.max(0, valid.size() - 1));
    Gen<Edit> edit = edits();
    return random -> {
      List<String> lines = new ArrayList<>(valid);
      int count = random.nextInt(4);
      for (int i = 0; i < count && !lines.isEmpty(); i++) {
        int at = index.draw(random);
        lines.set(at, edit.draw(random).applyTo(lines.get(at)));
      }
      return lines;
    };
  }

  private static Gen<Edit> edits() {
    Gen<Kind> kinds = Gen.of(List.of(Kind.values()));
    Gen<String> tokens = Gen.of(TOKENS);
    return random ->
        new Edit(
            kinds.draw(random), random.nextInt(100_001), random.nextInt(13), tokens.draw(random));
  }

  /** Files of up to {@code maxLines} lines, each a near-valid line from {@code valid}. */
  public static Gen<List<String>> lines(List<String> valid, int maxLines) {
    return of(valid).list(maxLines);
  }
}
