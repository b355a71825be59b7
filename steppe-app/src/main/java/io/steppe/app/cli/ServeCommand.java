package io.steppe.app.cli;

import io.steppe.app.server.FolderWatcher;
import io.steppe.app.server.ServerOptions;
import io.steppe.app.server.SteppeServer;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code steppe serve}: the read-only JSON API and the web dashboard over a store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store: a read-only JSON API under /api (described at /openapi.json) and a",
      "dashboard at / (map of reactions, reaction table, dyad chart, events, documents).",
      "The store stays open while serving; to add articles meanwhile, use --watch DIR."
    })
public final class ServeCommand implements Callable<Integer> {
  private static final int WATCH_SECONDS = 5;

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--rate-limit",
      paramLabel = "N",
      defaultValue = "" + ServerOptions.DEFAULT_RATE_LIMIT,
      description = {
        "Requests per second each client address may send, in bursts of up to N;",
        "more get 429 with Retry-After. 0 turns the limit off (default: ${DEFAULT-VALUE})."
      })
  int rateLimit;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = {
        "Require 'Authorization: Bearer TOKEN' on every API request, TOKEN being this file's",
        "first line (the environment variable STEPPE_TOKEN works too). Required with a",
        "--host other than loopback. In the browser, open /#token=TOKEN once."
      })
  Path tokenFile;

  @Option(
      names = "--watch",
      paramLabel = "DIR",
      description = "Ingest new or changed files in DIR while serving (checked every 5 s).")
  Path watch;

  @Override
  public Integer call() {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, found " + port);
    }
    if (watch != null) {
      Inputs.requireExisting(spec, List.of(watch));
    }
    ServerOptions options = options();
    Serving serving = start(Stores.open(store.location()), options);
    // Ctrl-C runs the shutdown hooks: the server stops and the store is closed cleanly there.
    Runtime.getRuntime().addShutdownHook(new Thread(serving::close, "steppe-stop"));
    announce(spec.commandLine().getOut(), serving.server().port(), options);
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** The open store, the server over it and the folder watcher, closed in reverse order. */
  private record Serving(EventStore store, SteppeServer server, @Nullable FolderWatcher watcher) {
    void close() {
      if (watcher != null) {
        watcher.close();
      }
      server.close();
      store.close();
    }
  }

  private ServerOptions options() {
    String token = Tokens.read(spec, tokenFile, System.getenv(Tokens.VARIABLE));
    if (rateLimit < 0) {
      throw new ParameterException(
          spec.commandLine(), "--rate-limit must be 0 (no limit) or more, found " + rateLimit);
    }
    if (token == null && !SteppeServer.isLoopback(host)) {
      throw new ParameterException(
          spec.commandLine(),
          "--host "
              + host
              + " is not a loopback address: anyone who can reach it could read the store."
              + " Give --token-file FILE or set STEPPE_TOKEN, or listen on 127.0.0.1");
    }
    return new ServerOptions(host, port, rateLimit, token);
  }

  private Serving start(EventStore eventStore, ServerOptions options) {
    boolean started = false;
    try {
      SteppeServer server = SteppeServer.start(eventStore, options);
      FolderWatcher watcher =
          watch == null
              ? null
              : FolderWatcher.start(
                  watch, FolderWatcher.lazyIngester(eventStore), System.err, WATCH_SECONDS);
      started = true;
      return new Serving(eventStore, server, watcher);
    } finally {
      if (!started) {
        eventStore.close();
      }
    }
  }

  private void announce(PrintWriter out, int actualPort, ServerOptions options) {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    out.printf(
        "steppe: serving %s at http://%s:%d/ (Ctrl-C stops)%n",
        store.location(), shown, actualPort);
    out.printf(
        "steppe: %s; %s%n",
        options.rateLimit() == 0
            ? "no rate limit"
            : "at most " + options.rateLimit() + " requests/s per client",
        options.token() == null ? "no token needed" : "API requests need the bearer token");
    if (watch != null) {
      out.printf("steppe: ingesting new files in %s every %d s%n", watch, WATCH_SECONDS);
    }
    out.flush();
  }
}
