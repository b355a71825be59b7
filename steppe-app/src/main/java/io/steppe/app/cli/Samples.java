package io.steppe.app.cli;

import io.steppe.model.SteppeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where the bundled sample articles are: {@code samples/} under the Steppe home. */
final class Samples {
  private Samples() {}

  static Path directory() {
    String home = System.getProperty("steppe.home", ".");
    Path samples = Path.of(home, "samples");
    if (!Files.isDirectory(samples)) {
      throw new SteppeException(
          "sample articles not found at "
              + samples.toAbsolutePath()
              + ": run steppe from the repository (./steppe) or pass the folder explicitly");
    }
    return samples;
  }

  /** The paths given, or the samples when none were: the benchmarks' default corpus. */
  static List<Path> unlessGiven(@Nullable List<Path> paths) {
    return paths == null || paths.isEmpty() ? List.of(directory()) : paths;
  }
}
