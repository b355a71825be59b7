package io.steppe.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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

  /**
   * Reads lines as strict UTF-8: a stray byte from another encoding is reported with its line
   * rather than read as a replacement character that no name would ever match. Line by line on the
   * bytes, since a decoding reader reads ahead and would name the wrong line.
   */
  public static List<TsvLine> read(InputStream in, String name) throws IOException {
    byte[] bytes = in.readAllBytes();
    List<TsvLine> lines = new ArrayList<>();
    int number = 0;
    for (int start = 0; start < bytes.length; ) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      number++;
      String line = decode(bytes, start, end, name, number);
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(new TsvLine(name, number, List.of(line.split("\t", -1))));
      }
      start = end + 1;
    }
    return lines;
  }

  private static String decode(byte[] bytes, int start, int end, String name, int number) {
    int length = end > start && bytes[end - 1] == '\r' ? end - start - 1 : end - start;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DataFileException(name, number, "not valid UTF-8 (save the file as UTF-8)");
    }
  }
}
