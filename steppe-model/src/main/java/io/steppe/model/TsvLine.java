package io.steppe.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One data line of a Steppe data file: UTF-8, tab-separated cells, {@code #} comment lines and
 * blank lines skipped. Every lexicon, dictionary and code table uses this format, so their errors
 * all name the file and line the same way.
 *
 * @param file the file name shown in messages
 * @param number 1-based line number
 */
public record TsvLine(String file, int number, List<String> cells) {

  public TsvLine {
    cells = List.copyOf(cells);
  }

  /** The cell at {@code index}, trimmed, or "" when the line is shorter. */
  public String cell(int index) {
    return index < cells.size() ? cells.get(index).trim() : "";
  }

  /** "file:line" for messages. */
  public String origin() {
    return file + ":" + number;
  }

  public DataFileException error(String reason) {
    return new DataFileException(file, number, reason);
  }

  /** Fails unless the line has between {@code min} and {@code max} cells. */
  public TsvLine requireCells(int min, int max) {
    if (cells.size() < min || cells.size() > max) {
      String expected = min == max ? Integer.toString(min) : min + " to " + max;
      throw error("expected " + expected + " tab-separated cells, found " + cells.size());
    }
    return this;
  }

  /** Reads a classpath resource next to {@code anchor}. */
  public static List<TsvLine> readResource(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new SteppeException(
            "data file " + resource + " is missing from " + anchor.getPackageName());
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<TsvLine> readFile(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    } catch (IOException e) {
      throw new SteppeException("cannot read data file " + path + ": " + e.getMessage(), e);
    }
  }

  public static List<TsvLine> read(InputStream in, String name) throws IOException {
    List<TsvLine> lines = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(new TsvLine(name, number, List.of(line.split("\t", -1))));
      }
    }
    return lines;
  }
}
