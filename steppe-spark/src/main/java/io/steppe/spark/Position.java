package io.steppe.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a line starts: its file and byte offset. Lines from splits read on different machines are
 * put back in corpus order by this, so "the first of two documents" means the same as in a
 * single-machine ingest of the same file.
 *
 * @param file the file's Hadoop path
 * @param offset the byte offset of the line's first byte in the file
 */
record Position(String file, long offset) implements Serializable, Comparable<Position> {
  private static final long serialVersionUID = 1L;
  private static final Comparator<Position> ORDER =
      Comparator.comparing(Position::file).thenComparingLong(Position::offset);

  /** How a rejected line is named to the user. */
  String origin() {
    return file + " at byte " + offset;
  }

  @Override
  public int compareTo(Position other) {
    return ORDER.compare(this, other);
  }
}
