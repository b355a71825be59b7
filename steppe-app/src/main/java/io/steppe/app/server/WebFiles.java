package io.steppe.app.server;

import io.javalin.http.Context;
import io.steppe.model.SteppeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's files, read from the classpath folder {@code io/steppe/app/web} that the Maven
 * build fills from {@code src/main/web} and npm packages. Only the files named here are served,
 * each under a fixed route, so no request path ever becomes a file name.
 */
final class WebFiles {
  private static final String FOLDER = "/io/steppe/app/web/";
  private static final String JS = "text/javascript; charset=utf-8";
  private static final String JSON = "application/json; charset=utf-8";

  /** File name to content type. */
  static final Map<String, String> FILES = files();

  private final Map<String, byte[]> contents;

  private WebFiles(Map<String, byte[]> contents) {
    this.contents = contents;
  }

  /** The files this build holds; a missing one answers 404 when asked for. */
  static WebFiles bundled() {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    FILES.keySet().forEach(name -> read(name).ifPresent(bytes -> contents.put(name, bytes)));
    return new WebFiles(contents);
  }

  /** Answers with the named file, which must be one of {@link #FILES}. */
  void serve(Context ctx, String name) {
    byte[] bytes = contents.get(name);
    if (bytes == null) {
      throw ApiProblem.notFound(
          "dashboard file " + name + " is not in this build: build steppe-app with npm available");
    }
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(FILES.get(name)).result(bytes);
  }

  private static Optional<byte[]> read(String name) {
    try (InputStream in = WebFiles.class.getResourceAsStream(FOLDER + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dashboard file " + FOLDER + name, e);
    }
  }

  /** The OpenAPI description bundled beside this class. */
  static byte[] openApi() {
    try (InputStream in = WebFiles.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new SteppeException("openapi.json is missing from the jar beside " + WebFiles.class);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled openapi.json", e);
    }
  }

  private static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("index.html", "text/html; charset=utf-8");
    files.put("style.css", "text/css; charset=utf-8");
    files.put("favicon.svg", "image/svg+xml");
    for (String module : List.of("app", "api", "shared", "map", "dyads", "events", "document")) {
      files.put(module + ".js", JS);
    }
    files.put("d3.min.js", JS);
    files.put("topojson-client.min.js", JS);
    files.put("countries-110m.json", JSON);
    files.put("country-codes.json", JSON);
    return Map.copyOf(files);
  }
}
