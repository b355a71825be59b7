package io.steppe.app.server;

import io.javalin.http.Context;

/**
 * How large a request may be. The API only reads, so no request needs a body: one larger than
 * {@link #MAX_BODY_BYTES} is refused before anything reads it. The request line and headers
 * together may take {@link #MAX_HEADER_BYTES}; Jetty refuses more (414 or 431) before Javalin sees
 * the request, and {@link MalformedRequests} writes that answer.
 */
final class RequestLimits {
  static final int MAX_HEADER_BYTES = 8 * 1024;
  static final long MAX_BODY_BYTES = 1024;

  private RequestLimits() {}

  static void apply(Context ctx) {
    long length = ctx.contentLength();
    boolean chunked = ctx.header("Transfer-Encoding") != null;
    if (length > MAX_BODY_BYTES || chunked) {
      throw ApiProblem.status(
          413,
          "Content Too Large",
          "a request body may have at most "
              + MAX_BODY_BYTES
              + " bytes; the API only reads and takes its input from the query string");
    }
  }
}
