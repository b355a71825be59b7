package io.steppe.app.server;

import io.steppe.app.pipeline.Engine;
import io.steppe.app.pipeline.IngestReport;
import io.steppe.app.pipeline.Ingester;
import io.steppe.app.pipeline.Progress;
import io.steppe.store.EventStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Ingests a folder into the served store whenever a file in it is added or changed, so the
 * dashboard shows new articles while the server runs. DuckDB lets one process write a store file,
 * so a running server, not a second {@code steppe ingest}, is what adds documents to its store.
 */
public final class FolderWatcher implements AutoCloseable {
  private final Path folder;
  private final Ingester ingester;
  private final PrintStream log;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "steppe-watch");
            thread.setDaemon(true);
            return thread;
          });
  private long lastSeen = -1;
  private @Nullable ScheduledFuture<?> task;

  private FolderWatcher(Path folder, Ingester ingester, PrintStream log) {
    this.folder = folder;
    this.ingester = ingester;
    this.log = log;
  }

  /** Starts looking at the folder every {@code seconds}, beginning now. */
  public static FolderWatcher start(Path folder, Ingester ingester, PrintStream log, int seconds) {
    FolderWatcher watcher = new FolderWatcher(folder, ingester, log);
    watcher.task =
        watcher.timer.scheduleWithFixedDelay(watcher::scan, 0, seconds, TimeUnit.SECONDS);
    return watcher;
  }

  /** The engine is loaded when the first new document arrives: CoreNLP takes seconds to start. */
  public static Ingester lazyIngester(EventStore store) {
    Engine[] engine = new Engine[1];
    return new Ingester(
        store,
        () -> {
          synchronized (engine) {
            if (engine[0] == null) {
              engine[0] = Engine.standard();
            }
            return engine[0];
          }
        });
  }

  private void scan() {
    try {
      long stamp = stamp();
      if (stamp == lastSeen) {
        return;
      }
      lastSeen = stamp;
      List<Path> paths = List.of(folder);
      IngestReport report = ingester.run(paths, new Progress(log, false, Ingester.count(paths)));
      if (report.stored() + report.duplicates() > 0 || !report.rejected().isEmpty()) {
        log.printf(
            "watch: %d documents stored, %d duplicates linked, %d rejected from %s%n",
            report.stored(), report.duplicates(), report.rejected().size(), folder);
      }
    } catch (RuntimeException e) {
      // A failure would silently end a scheduled task: report it and look again next time.
      log.println("watch: " + e.getMessage());
    }
  }

  /** Changes when a file in the folder is added, removed or modified. */
  private long stamp() {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(file -> file.hashCode() * 31L + modified(file))
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list watched folder " + folder, e);
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis() + Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the time of " + file, e);
    }
  }

  @Override
  public void close() {
    if (task != null) {
      task.cancel(false);
    }
    timer.shutdownNow();
    try {
      timer.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
