package io.steppe.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Content fingerprint for exact duplicates: SHA-256 hex of the text with whitespace collapsed and
 * lower-cased.
 */
public final class ContentHash {
  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private ContentHash() {}

  /**
   * The fingerprint: 64 lower-case hex digits. Texts that differ only in whitespace, case or
   * Unicode composition have the same fingerprint, since re-wrapped or re-encoded copies of one
   * article are still one article.
   */
  public static String of(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    String canonical =
        WHITESPACE.matcher(composed).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    return HexFormat.of().formatHex(sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }
}
