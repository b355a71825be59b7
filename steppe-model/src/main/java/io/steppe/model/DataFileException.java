package io.steppe.model;

import java.nio.file.Path;

/** A data file (lexicon, dictionary, code table, input) has a line Steppe cannot read. */
public final class DataFileException extends SteppeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  public DataFileException(String file, int line, String reason) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    this.file = file;
    this.line = line;
  }

  public DataFileException(Path file, int line, String reason) {
    this(file.toString(), line, reason);
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }
}
