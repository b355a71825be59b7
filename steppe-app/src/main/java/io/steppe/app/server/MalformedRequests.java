package io.steppe.app.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before Javalin sees them, with problem details and the same
 * security headers as every other answer. A path Jetty cannot resolve, such as one that climbs
 * above the root ({@code /../pom.xml}, {@code /%2e%2e/pom.xml}), names nothing served: 404. Any
 * request line or headers longer than {@link RequestLimits#MAX_HEADER_BYTES}: 414 or 431 as Jetty
 * decided. Any other malformed request: 400.
 *
 * <p>Jetty 12.1 reports such a path as a bad message caused by a plain {@link
 * IllegalArgumentException} ("Bad URI", "Illegal character in path"), while malformed headers fail
 * with its own HTTP exceptions; the request it passes here no longer has the path.
 */
final class MalformedRequests implements Request.Handler {
  private static final String TOO_LARGE =
      "the request line and headers may take at most "
          + RequestLimits.MAX_HEADER_BYTES
          + " bytes together";

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    boolean badPath = isBadPath(request.getAttribute(ErrorHandler.ERROR_EXCEPTION));
    int status = badPath ? 404 : tooLarge(request.getAttribute(ErrorHandler.ERROR_STATUS));
    String body =
        switch (status) {
          case 404 -> problem(status, "Not Found", "nothing is served at this path");
          case 414 -> problem(status, "URI Too Long", TOO_LARGE);
          case 431 -> problem(status, "Request Header Fields Too Large", TOO_LARGE);
          default -> problem(status, "Bad Request", "the request is not well-formed HTTP");
        };
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.PROBLEM);
    SecurityHeaders.HEADERS.forEach(response.getHeaders()::put);
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }

  /** 414 or 431 when Jetty found the request too large; 400 for anything else. */
  private static int tooLarge(Object status) {
    return status instanceof Integer code && (code == 414 || code == 431) ? code : 400;
  }

  private static boolean isBadPath(Object failure) {
    for (Throwable cause = failure instanceof Throwable t ? t : null;
        cause != null;
        cause = cause.getCause()) {
      if (cause.getClass() == IllegalArgumentException.class) {
        return true;
      }
    }
    return false;
  }

  private static String problem(int status, String title, String detail) {
    return String.format(
        "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}",
        title, status, detail);
  }
}
