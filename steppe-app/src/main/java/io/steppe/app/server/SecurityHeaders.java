package io.steppe.app.server;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Headers every answer carries. The content security policy allows scripts, styles and data only
 * from this server, so the dashboard has no inline script or style and loads nothing from a CDN.
 */
final class SecurityHeaders {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; frame-ancestors 'none'";

  /** Header name to value. */
  static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          "X-Frame-Options", "DENY");

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    HEADERS.forEach(ctx::header);
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
