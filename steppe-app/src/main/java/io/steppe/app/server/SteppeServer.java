package io.steppe.app.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.util.JavalinBindException;
import io.steppe.model.SteppeException;
import io.steppe.store.EventStore;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The HTTP server of {@code steppe serve}: the read-only JSON API under {@code /api}, its OpenAPI
 * description at {@code /openapi.json}, and the dashboard at {@code /}. It only reads the store it
 * is given; whoever started it closes the store after {@link #close()}.
 */
public final class SteppeServer implements AutoCloseable {
  private final Javalin app;

  private SteppeServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving the store without a rate limit or token, for embedding and tests.
   *
   * @param host the address to listen on; 127.0.0.1 keeps the server to this machine
   * @param port the port, or 0 for any free one ({@link #port()} tells which)
   * @throws SteppeException when the address cannot be bound, or is not a loopback address
   */
  public static SteppeServer start(EventStore store, String host, int port) {
    return start(store, new ServerOptions(host, port, 0, null));
  }

  /**
   * Starts serving the store.
   *
   * @throws SteppeException when the address cannot be bound
   */
  public static SteppeServer start(EventStore store, ServerOptions options) {
    byte[] openApi = WebFiles.openApi();
    Json.parse(openApi, "the bundled openapi.json");
    String description = new String(openApi, StandardCharsets.UTF_8);
    Handlers handlers = new Handlers(store, description, options);
    Javalin app = Javalin.create(cfg -> configure(cfg, handlers));
    try {
      app.start(options.host(), options.port());
    } catch (JavalinBindException e) {
      throw new SteppeException(
          "cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
    }
    return new SteppeServer(app);
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** True when the host names only this machine (a loopback address). */
  public static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public void close() {
    app.stop();
  }

  /** What the routes call. */
  private record Handlers(EventStore store, String openApi, ServerOptions options) {}

  private static void configure(JavalinConfig cfg, Handlers handlers) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.http.prefer405over404 = true;
    cfg.http.maxRequestSize = RequestLimits.MAX_BODY_BYTES;
    cfg.jetty.modifyHttpConfiguration(
        http -> {
          http.setSendServerVersion(false);
          http.setRequestHeaderSize(RequestLimits.MAX_HEADER_BYTES);
        });
    cfg.jetty.modifyServer(server -> server.setErrorHandler(new MalformedRequests()));
    RoutesConfig routes = cfg.routes;
    guard(routes, handlers.options());
    api(routes, handlers.store());
    String openApi = handlers.openApi();
    routes.get("/openapi.json", ctx -> ctx.contentType(Json.JSON).result(openApi));
    WebFiles web = WebFiles.bundled();
    routes.get("/", ctx -> web.serve(ctx, "index.html"));
    for (Map.Entry<String, String> file : WebFiles.FILES.entrySet()) {
      routes.get("/" + file.getKey(), ctx -> web.serve(ctx, file.getKey()));
    }
    routes.exception(ApiProblem.class, Problems::refused);
    routes.exception(Exception.class, Problems::failed);
    routes.error(404, Problems::noRoute);
    routes.error(405, Problems::wrongMethod);
  }

  /**
   * Before any route: headers, then the rate limit (so token guessing is limited too), size, token.
   */
  private static void guard(RoutesConfig routes, ServerOptions options) {
    routes.before(SecurityHeaders::apply);
    if (options.rateLimit() > 0) {
      routes.before(new RateLimiter(options.rateLimit())::apply);
    }
    routes.before(RequestLimits::apply);
    if (options.token() != null) {
      routes.before("/api/*", new BearerToken(options.token())::check);
    }
  }

  private static void api(RoutesConfig routes, EventStore store) {
    EventApi events = new EventApi(store);
    AnalysisApi analyses = new AnalysisApi(store);
    routes.get("/api/events", events::events);
    routes.get("/api/documents/{id}", events::document);
    routes.get("/api/actors/{code}/events", events::actorEvents);
    routes.get("/api/stats", events::stats);
    routes.get("/api/reactions", analyses::reactions);
    routes.get("/api/dyads", analyses::dyads);
    routes.get("/api/alignment", analyses::alignment);
    routes.get("/api/claims", analyses::claims);
  }
}
