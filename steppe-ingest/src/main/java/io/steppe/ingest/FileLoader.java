package io.steppe.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a file's bytes into text, refusing what is too large or binary and converting other
 * encodings (see {@link TextDecoder}).
 */
final class FileLoader {
  /** How far to look for NUL bytes: enough for any header, cheap for any file. */
  static final int BINARY_SNIFF_BYTES = 8192;

  private FileLoader() {}

  /** The file's text, BOM removed, not yet normalised, with the charset it was converted from. */
  static TextDecoder.Decoded load(Path file, IngestOptions options) throws RejectedInputException {
    try {
      long size = Files.size(file);
      if (size > options.maxFileBytes()) {
        // Checked before reading so that a stray multi-gigabyte file costs nothing.
        throw new RejectedInputException(tooLarge("file is " + size + " bytes,", options));
      }
      return TextDecoder.decode(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new RejectedInputException("no such file");
    } catch (IOException e) {
      throw new RejectedInputException("cannot read file: " + describe(e));
    }
  }

  /** The notice that a file was converted, to print once beside its documents. */
  static Optional<IngestItem> conversionNotice(String origin, TextDecoder.Decoded decoded) {
    if (decoded.convertedFrom() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new IngestItem.Notice(
            origin,
            "not UTF-8: converted from "
                + decoded.convertedFrom()
                + " (detection confidence "
                + decoded.confidence()
                + " of 100)"));
  }

  /** An I/O failure in words: the exception type says more than most messages. */
  static String describe(IOException e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** The message for an input over the limit; {@code subject} says what was measured. */
  static String tooLarge(String subject, IngestOptions options) {
    return subject
        + " larger than the limit of "
        + options.describeLimit()
        + "; raise it with steppe ingest --max-document-mb";
  }

  /**
   * Rejects bytes with a NUL in the first 8 KB: text never has one, binary formats nearly always.
   */
  static void checkNotBinary(byte[] bytes, int length) throws RejectedInputException {
    int end = Math.min(length, BINARY_SNIFF_BYTES);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        throw new RejectedInputException(
            "binary file (NUL byte at byte offset "
                + i
                + "; neither UTF-8 nor UTF-16 text: convert the file to UTF-8)");
      }
    }
  }

  /** Whether the sniffed head of {@code bytes} holds a NUL, which text in UTF-8 never does. */
  static boolean hasNul(byte[] bytes, int length) {
    int end = Math.min(length, BINARY_SNIFF_BYTES);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decodes strict UTF-8, for JSON Lines, which is UTF-8 by definition: a line in another encoding
   * is rejected, never guessed.
   *
   * @param fileOffset where {@code bytes} start in the file, so the message names a file offset
   */
  static String decode(byte[] bytes, long fileOffset) throws RejectedInputException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      long offset = fileOffset + in.position();
      throw new RejectedInputException(
          "not valid UTF-8: invalid byte sequence at byte offset "
              + offset
              + " (JSON Lines must be UTF-8: convert the file)");
    }
    decoder.flush(out);
    return out.flip().toString();
  }
}
