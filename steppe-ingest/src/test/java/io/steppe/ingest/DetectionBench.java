package io.steppe.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prints what the language and encoding checks cost: profile load time and heap, and time per
 * document over a folder of articles (default {@code samples}). A benchmark, not a test: run it
 * with {@code java -cp ... io.steppe.ingest.DetectionBench [FOLDER]} (see the README of ingest
 * limits).
 */
public final class DetectionBench {
  private static final int ROUNDS = 200;

  private DetectionBench() {}

  public static void main(String[] args) throws IOException, RejectedInputException {
    List<IngestItem> documents =
        DocumentSource.read(List.of(folder(args)), new IngestOptions(1L << 30, false)).toList();
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    long start = System.nanoTime();
    LanguageGate gate = LanguageGate.standard();
    long loaded = System.nanoTime();
    System.gc();
    long heapAfter = runtime.totalMemory() - runtime.freeMemory();
    print(
        "language profiles: load %.0f ms, heap %.1f MB",
        (loaded - start) / 1e6, (heapAfter - heapBefore) / 1e6);
    start = System.nanoTime();
    for (int i = 0; i < ROUNDS; i++) {
      documents.forEach(gate::check);
    }
    double perDocument = (System.nanoTime() - start) / 1e6 / ROUNDS / documents.size();
    print(
        "language check: %.3f ms per document (%d documents x %d)",
        perDocument, documents.size(), ROUNDS);
    List<byte[]> latin1 = new ArrayList<>();
    for (IngestItem item : documents) {
      latin1.add(
          ((IngestItem.Accepted) item)
              .document()
              .text()
              .replace('a', '\u00e1')
              .getBytes(StandardCharsets.ISO_8859_1));
    }
    start = System.nanoTime();
    for (int i = 0; i < ROUNDS; i++) {
      for (byte[] bytes : latin1) {
        TextDecoder.decode(bytes);
      }
    }
    double perFile = (System.nanoTime() - start) / 1e6 / ROUNDS / latin1.size();
    print("Latin-1 detection and conversion: %.3f ms per document", perFile);
  }

  private static Path folder(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "samples");
    try (Stream<Path> files = Files.list(folder)) {
      if (files.findAny().isEmpty()) {
        throw new IOException(folder + " is empty: give a folder of articles");
      }
    }
    return folder;
  }

  private static void print(String format, Object... values) {
    System.out.println(String.format(Locale.ROOT, format, values));
  }
}
