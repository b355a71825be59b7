package io.steppe.store;

import static io.steppe.store.Fixtures.ACCUSE;
import static io.steppe.store.Fixtures.ISR_MIL;
import static io.steppe.store.Fixtures.TJK_GOV;

import io.steppe.model.Event;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM that uses a store, for tests of what other processes see: {@code hold <file>} opens
 * the store and keeps it open until its standard input closes; {@code write <file>} saves documents
 * of three sentences and three events each, forever, printing each id once committed.
 */
final class StoreProcess implements AutoCloseable {
  static final int SENTENCES_PER_DOCUMENT = 3;

  private final Process process;
  private final BufferedReader output;

  private StoreProcess(Process process) {
    this.process = process;
    this.output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Starts {@code java StoreProcess <mode> <file>} with the test class path. */
  static StoreProcess start(String mode, Path file) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // DuckDB copies its 55 MB native library into the temp directory on every start and deletes it
    // only on a clean exit: a killed child's copy must land in the test's directory, not /tmp.
    Path tmp = Files.createDirectories(file.resolveSibling("tmp"));
    ProcessBuilder builder =
        new ProcessBuilder(
            java.toString(),
            "-Djava.io.tmpdir=" + tmp,
            "-cp",
            System.getProperty("java.class.path"),
            StoreProcess.class.getName(),
            mode,
            file.toString());
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    return new StoreProcess(builder.start());
  }

  /** The next line the process printed, or null when it ended. */
  String nextLine() throws IOException {
    return output.readLine();
  }

  /** Kills the process as SIGKILL would: no shutdown hooks, no closing of the store. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    process.getOutputStream().close();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }

  public static void main(String[] args) throws IOException {
    try (EventStore store = Stores.open(args[1])) {
      if (args[0].equals("hold")) {
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() >= 0) {
          // Hold the store until the parent closes our standard input.
        }
      } else {
        writeForever(store);
      }
    }
  }

  private static void writeForever(EventStore store) {
    LocalDate day = LocalDate.of(2025, 6, 14);
    for (int n = 0; ; n++) {
      String id = "doc-" + n;
      List<Event> events = new ArrayList<>();
      for (int i = 0; i < SENTENCES_PER_DOCUMENT; i++) {
        events.add(Fixtures.event(id + ":" + i + ":0", id, day, TJK_GOV, ISR_MIL, ACCUSE));
      }
      store.saveCoded(Fixtures.stored(id, day), Fixtures.sentences(SENTENCES_PER_DOCUMENT), events);
      System.out.println(id);
      System.out.flush();
    }
  }
}
