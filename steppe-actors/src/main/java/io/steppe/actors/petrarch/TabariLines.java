package io.steppe.actors.petrarch;

import io.steppe.model.SteppeException;
import io.steppe.model.TsvLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The meaningful lines of a PETRARCH/TABARI dictionary file: {@code #} comments and XML-style
 * {@code <!-- -->} comments (which may span lines, and are sometimes written {@code <! --})
 * removed, blank lines dropped, each line kept with its number for messages.
 */
public final class TabariLines {
  /** One line's text without comments, trimmed, with where it came from. */
  public record Line(String file, int number, String text) {
    public String origin() {
      return file + ":" + number;
    }

    /** The line as a Steppe data line, so that Steppe's loaders name it in messages and "why". */
    public TsvLine asTsv() {
      return new TsvLine(file, number, List.of(text));
    }
  }

  private TabariLines() {}

  public static List<Line> read(Path file) {
    try {
      // ISO-8859-1 maps every byte to a character: these files are ASCII, with the odd stray byte.
      List<String> raw = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
      return parse(file.getFileName().toString(), raw);
    } catch (IOException e) {
      throw new SteppeException("cannot read dictionary " + file + ": " + e.getMessage(), e);
    }
  }

  public static List<Line> parse(String file, List<String> raw) {
    List<Line> lines = new ArrayList<>();
    boolean inComment = false;
    for (int i = 0; i < raw.size(); i++) {
      StringBuilder kept = new StringBuilder();
      inComment = strip(raw.get(i), inComment, kept);
      String text = kept.toString().strip();
      if (!text.isEmpty()) {
        lines.add(new Line(file, i + 1, text));
      }
    }
    return lines;
  }

  /** Appends the parts of {@code line} outside comments; returns whether a comment stays open. */
  private static boolean strip(String line, boolean inComment, StringBuilder kept) {
    int at = 0;
    boolean open = inComment;
    while (at < line.length()) {
      if (open) {
        int end = line.indexOf("-->", at);
        if (end < 0) {
          return true;
        }
        open = false;
        at = end + 3;
      } else {
        int xml = line.indexOf("<!", at);
        int hash = line.indexOf('#', at);
        if (hash >= 0 && (xml < 0 || hash < xml)) {
          kept.append(line, at, hash);
          return false;
        }
        if (xml < 0) {
          kept.append(line, at, line.length());
          return false;
        }
        kept.append(line, at, xml);
        open = true;
        at = xml + 2;
      }
    }
    return open;
  }
}
