package io.steppe.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a whole file's bytes into text. A byte order mark decides (UTF-8, UTF-16LE, UTF-16BE);
 * without one, bytes with NULs are UTF-16 when ICU's charset detector says so and binary otherwise,
 * valid UTF-8 is taken as UTF-8, and anything else goes to the detector and is converted when it is
 * confident enough ({@link #MIN_CONFIDENCE}), reported otherwise.
 */
final class TextDecoder {
  /**
   * ICU's confidence (0 to 100) needed to convert. Our 44 English samples in Latin-1 or
   * Windows-1252, even with a single accented word, score 45 to 66; a guess below 30 is no better
   * than chance. Random bytes can score higher, but then fail the strict decoding or the control
   * character check below, and are rejected all the same.
   */
  static final int MIN_CONFIDENCE = 30;

  /**
   * Control characters allowed in text: more than this share (other than tab, line feed, carriage
   * return and form feed) means the bytes were not text in the detected charset.
   */
  private static final double MAX_CONTROL_SHARE = 0.01;

  /**
   * The text, and the charset it was converted from when that was not UTF-8 (null for UTF-8).
   *
   * @param confidence ICU's confidence when the charset was detected; 100 for a byte order mark
   */
  record Decoded(String text, @Nullable String convertedFrom, int confidence) {}

  private TextDecoder() {}

  /** Decodes {@code bytes}, the whole content of a file. */
  static Decoded decode(byte[] bytes) throws RejectedInputException {
    Decoded byBom = byByteOrderMark(bytes);
    if (byBom != null) {
      return byBom;
    }
    Decoded utf16 = utf16WithoutMark(bytes);
    if (utf16 != null) {
      return utf16;
    }
    FileLoader.checkNotBinary(bytes, bytes.length);
    long badOffset = firstInvalidUtf8(bytes);
    if (badOffset < 0) {
      return new Decoded(strict(StandardCharsets.UTF_8, bytes, 0), null, 100);
    }
    return detected(bytes, badOffset);
  }

  private static @Nullable Decoded byByteOrderMark(byte[] bytes) throws RejectedInputException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(strict(StandardCharsets.UTF_8, bytes, 3), null, 100);
    }
    Charset utf16 =
        startsWith(bytes, 0xFF, 0xFE)
            ? StandardCharsets.UTF_16LE
            : startsWith(bytes, 0xFE, 0xFF) ? StandardCharsets.UTF_16BE : null;
    if (utf16 == null) {
      return null;
    }
    String text = strict(utf16, bytes, 2);
    if (controlShare(text) > MAX_CONTROL_SHARE) {
      throw new RejectedInputException(
          "starts with a " + utf16.name() + " byte order mark but is full of control characters");
    }
    return new Decoded(text, utf16.name(), 100);
  }

  /**
   * UTF-16 saved without a byte order mark (some Windows tools do): English text in it has a NUL in
   * every other byte, which ICU recognises; null when the bytes have no NUL or are not UTF-16.
   */
  private static @Nullable Decoded utf16WithoutMark(byte[] bytes) {
    if (!FileLoader.hasNul(bytes, bytes.length)) {
      return null;
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    if (match == null
        || !match.getName().startsWith("UTF-16")
        || match.getConfidence() < MIN_CONFIDENCE) {
      return null;
    }
    Charset charset = Charset.forName(match.getName());
    try {
      String text = strict(charset, bytes, 0);
      return controlShare(text) > MAX_CONTROL_SHARE
          ? null
          : new Decoded(text, charset.name(), match.getConfidence());
    } catch (RejectedInputException e) {
      return null;
    }
  }

  private static Decoded detected(byte[] bytes, long badOffset) throws RejectedInputException {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    String notUtf8 = "not valid UTF-8: invalid byte sequence at byte offset " + badOffset;
    if (match == null
        || match.getConfidence() < MIN_CONFIDENCE
        || match.getName().contains("UTF")) {
      String guess =
          match == null
              ? "no guess"
              : "best guess " + match.getName() + " at " + match.getConfidence();
      throw new RejectedInputException(
          notUtf8
              + "; the encoding could not be detected with confidence ("
              + guess
              + ", needs "
              + MIN_CONFIDENCE
              + " of 100): convert the file to UTF-8");
    }
    String text;
    try {
      text = strict(charset(match.getName(), notUtf8), bytes, 0);
    } catch (RejectedInputException e) {
      throw new RejectedInputException(
          notUtf8 + "; detected " + match.getName() + ", but " + e.getMessage());
    }
    if (controlShare(text) > MAX_CONTROL_SHARE) {
      throw new RejectedInputException(
          notUtf8 + "; read as " + match.getName() + " it is full of control characters: binary?");
    }
    return new Decoded(text, match.getName(), match.getConfidence());
  }

  private static Charset charset(String name, String notUtf8) throws RejectedInputException {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new RejectedInputException(
          notUtf8 + "; detected " + name + ", which Java cannot decode: convert the file to UTF-8");
    }
  }

  /** The offset of the first byte that is not valid UTF-8, or -1 when all are. */
  static long firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder = reporting(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (!result.isOverflow()) {
        return -1;
      }
      out.clear();
    }
  }

  /** Decodes from {@code start}, naming the file offset of the first bad byte sequence. */
  private static String strict(Charset charset, byte[] bytes, int start)
      throws RejectedInputException {
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CharsetDecoder decoder = reporting(charset);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new RejectedInputException(
          "not valid "
              + charset.name()
              + ": invalid byte sequence at byte offset "
              + in.position()
              + " (convert the file to UTF-8)");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static CharsetDecoder reporting(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static double controlShare(String text) {
    long controls =
        text.chars()
            .filter(
                c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            .count();
    return text.isEmpty() ? 0 : (double) controls / text.length();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
