package io.steppe.app.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Lets an API request through only with {@code Authorization: Bearer TOKEN}. Both tokens are hashed
 * before a constant-time comparison, so neither the time taken nor the length compared tells a
 * guesser how close it came.
 */
final class BearerToken {
  private static final String PREFIX = "Bearer ";

  private final byte[] expected;

  BearerToken(String token) {
    if (token.isBlank()) {
      throw new IllegalArgumentException("a bearer token must not be blank");
    }
    this.expected = sha256(token);
  }

  void check(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      throw refused(ctx, "this server needs 'Authorization: Bearer TOKEN' on every API request");
    }
    byte[] given = sha256(header.substring(PREFIX.length()).strip());
    if (!MessageDigest.isEqual(expected, given)) {
      throw refused(ctx, "the bearer token is not the one this server was started with");
    }
  }

  private static ApiProblem refused(Context ctx, String detail) {
    ctx.header("WWW-Authenticate", "Bearer realm=\"steppe\"");
    return ApiProblem.status(401, "Unauthorized", detail);
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
