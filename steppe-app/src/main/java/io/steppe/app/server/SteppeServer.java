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
   * Starts serving the store.
   *
   * @param host the address to listen on; 127.0.0.1 keeps the server to this machine
   * @param port the port, or 0 for any free one ({@link #port()} tells which)
   * @throws SteppeException when the address cannot be bound
   */
  public static SteppeServer start(EventStore store, String host, int port) {
    byte[] openApi = WebFiles.openApi();
    Json.parse(openApi, "the bundled openapi.json");
    String description = new String(openApi, StandardCharsets.UTF_8);
    Javalin app = Javalin.create(cfg -> configure(cfg, new Handlers(store, description)));
    try {
      app.start(host, port);
    } catch (JavalinBindException e) {
      throw new SteppeException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
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
  private record Handlers(EventStore store, String openApi) {}

  private static void configure(JavalinConfig cfg, Handlers handlers) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.http.prefer405over404 = true;
    cfg.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
    cfg.jetty.modifyServer(server -> server.setErrorHandler(new MalformedRequests()));
    RoutesConfig routes = cfg.routes;
    routes.before(SecurityHeaders::apply);
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
