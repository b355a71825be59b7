package io.steppe.app.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every error as RFC 9457 problem details ({@code application/problem+json} with type,
 * title, status, detail and instance), whether a handler refused the request or no route matched.
 */
final class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  /** Set on a request whose problem answer is written, so the status-code mappers leave it. */
  private static final String WRITTEN = "steppe.problem";

  private Problems() {}

  /** A handler refused the request. */
  static void refused(ApiProblem problem, Context ctx) {
    write(ctx, problem);
  }

  /** A handler failed: the client learns only that it did; the log gets the cause. */
  static void failed(Exception failure, Context ctx) {
    LOG.error("request {} {} failed", ctx.method(), ctx.path(), failure);
    write(
        ctx,
        ApiProblem.status(
            500,
            "Internal Server Error",
            "the server could not answer this request; its log says why"));
  }

  /** No route has this path. */
  static void noRoute(Context ctx) {
    if (ctx.attribute(WRITTEN) == null) {
      write(ctx, ApiProblem.notFound("nothing is served at this path"));
    }
  }

  /** A route has this path but not this method. */
  static void wrongMethod(Context ctx) {
    if (ctx.attribute(WRITTEN) == null) {
      String detail = "method " + ctx.method() + " is not allowed here: the API is read-only (GET)";
      write(ctx, ApiProblem.status(405, "Method Not Allowed", detail));
    }
  }

  private static void write(Context ctx, ApiProblem problem) {
    ObjectNode body = Json.object();
    body.put("type", problem.type());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.getMessage());
    body.put("instance", ctx.path());
    if (problem.parameter() != null) {
      body.put("parameter", problem.parameter());
    }
    ctx.attribute(WRITTEN, true);
    ctx.status(HttpStatus.forStatus(problem.status()));
    Json.write(ctx, Json.PROBLEM, body);
  }
}
