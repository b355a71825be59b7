package io.steppe.app.pipeline;

import io.steppe.model.SteppeException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over items on several threads and hands the results on in input order. At most
 * {@code 8 x threads} items are in flight: the reader waits when the workers fall behind, so memory
 * stays flat whatever the corpus size.
 */
public final class OrderedParallel<I, O> implements AutoCloseable {
  private final ExecutorService pool;
  private final Function<I, O> work;
  private final Consumer<O> sink;
  private final Deque<Future<O>> inFlight = new ArrayDeque<>();
  private final int capacity;

  public OrderedParallel(int threads, Function<I, O> work, Consumer<O> sink) {
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread = new Thread(runnable, "steppe-worker");
              thread.setDaemon(true);
              return thread;
            });
    this.work = work;
    this.sink = sink;
    // Enough that workers stay busy while the caller stores a batch or waits on one long
    // document ahead of shorter ones; few enough that memory stays flat.
    this.capacity = 8 * threads;
  }

  public void submit(I item) {
    if (inFlight.size() >= capacity) {
      sink.accept(await(inFlight.removeFirst()));
    }
    inFlight.addLast(pool.submit(() -> work.apply(item)));
  }

  /** Waits for every item submitted and hands on its result. */
  public void finish() {
    while (!inFlight.isEmpty()) {
      sink.accept(await(inFlight.removeFirst()));
    }
  }

  private static <O> O await(Future<O> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SteppeException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new SteppeException("worker failed: " + cause, cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
