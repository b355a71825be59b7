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
 * other malformed request: 400.
 *
 * <p>Jetty 12.1 reports such a path as a bad message caused by a plain {@link
 * IllegalArgumentException} ("Bad URI", "Illegal character in path"), while malformed headers fail
 * with its own HTTP exceptions; the request it passes here no longer has the path.
 */
final class MalformedRequests implements Request.Handler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    boolean badPath = isBadPath(request.getAttribute(ErrorHandler.ERROR_EXCEPTION));
    int status = badPath ? 404 : 400;
    String body =
        badPath
            ? problem(status, "Not Found", "nothing is served at this path")
            : problem(status, "Bad Request", "the request is not well-formed HTTP");
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.PROBLEM);
    SecurityHeaders.HEADERS.forEach(response.getHeaders()::put);
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
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
