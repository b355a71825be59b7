package io.steppe.app.cli;

import io.steppe.app.server.FolderWatcher;
import io.steppe.app.server.SteppeServer;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
  private static final int CLOSE_SECONDS = 30;

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
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stopAndWait(stop, closed), "steppe-stop"));
    try (EventStore eventStore = Stores.open(store.location());
        SteppeServer server = SteppeServer.start(eventStore, host, port)) {
      FolderWatcher watcher = watch == null ? null : watcher(eventStore);
      announce(spec.commandLine().getOut(), server.port());
      awaitQuietly(stop);
      if (watcher != null) {
        watcher.close();
      }
    } finally {
      closed.countDown();
    }
    return 0;
  }

  private FolderWatcher watcher(EventStore eventStore) {
    return FolderWatcher.start(
        watch, FolderWatcher.lazyIngester(eventStore), System.err, WATCH_SECONDS);
  }

  private void announce(PrintWriter out, int actualPort) {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    out.printf(
        "steppe: serving %s at http://%s:%d/ (Ctrl-C stops)%n",
        store.location(), shown, actualPort);
    if (!SteppeServer.isLoopback(host)) {
      out.printf(
          "steppe: warning: %s is not a loopback address; anyone who can reach it can read the store%n",
          host);
    }
    if (watch != null) {
      out.printf("steppe: ingesting new files in %s every %d s%n", watch, WATCH_SECONDS);
    }
    out.flush();
  }

  /** Ctrl-C: lets {@link #call()} close the server and the store before the JVM exits. */
  private static void stopAndWait(CountDownLatch stop, CountDownLatch closed) {
    stop.countDown();
    try {
      closed.await(CLOSE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitQuietly(CountDownLatch stop) {
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
