package io.steppe.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into lines without decoding it, so that a bad byte costs one line and its
 * offset in the file can be named. Lines longer than the limit are skipped, not buffered.
 */
final class ByteLines {
  /**
   * One line without its terminator ({@code \n} or {@code \r\n}).
   *
   * @param bytes the content, or null when the line was longer than the limit
   * @param number 1-based line number
   * @param offset byte offset of the line's first byte in the file
   */
  @SuppressWarnings("ArrayRecordComponent") // a transient value, never compared or kept
  record Line(byte @Nullable [] bytes, int number, long offset) {}

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] chunk = new byte[64 * 1024];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int chunkStart;
  private int chunkEnd;
  private long chunkOffset;
  private int number;

  /** Reads from {@code in}; does not close it. */
  ByteLines(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the input. */
  @Nullable Line next() throws IOException {
    line.reset();
    long start = chunkOffset + chunkStart;
    long length = 0;
    while (fill()) {
      int newline = indexOfNewline();
      int end = newline < 0 ? chunkEnd : newline;
      length += keep(end - chunkStart, length);
      chunkStart = newline < 0 ? chunkEnd : newline + 1;
      if (newline >= 0) {
        return line(start, length);
      }
    }
    // At the end: a last line without "\n" still counts; nothing at all means no more lines.
    return length == 0 ? null : line(start, length);
  }

  /** Copies the next {@code count} bytes while the line is still within the limit. */
  private int keep(int count, long lengthSoFar) {
    if (lengthSoFar + count <= maxLineBytes) {
      line.write(chunk, chunkStart, count);
    }
    return count;
  }

  private Line line(long start, long length) {
    number++;
    return new Line(length > maxLineBytes ? null : withoutCarriageReturn(), number, start);
  }

  private boolean fill() throws IOException {
    if (chunkStart < chunkEnd) {
      return true;
    }
    chunkOffset += chunkEnd;
    chunkStart = 0;
    chunkEnd = Math.max(0, in.read(chunk));
    return chunkEnd > 0;
  }

  private int indexOfNewline() {
    for (int i = chunkStart; i < chunkEnd; i++) {
      if (chunk[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private byte[] withoutCarriageReturn() {
    byte[] bytes = line.toByteArray();
    int size = bytes.length;
    return size > 0 && bytes[size - 1] == '\r' ? Arrays.copyOf(bytes, size - 1) : bytes;
  }
}
