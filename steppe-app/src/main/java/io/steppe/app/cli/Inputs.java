package io.steppe.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks input paths up front so a typo fails at once with a usage error, not after a long run. */
final class Inputs {
  private Inputs() {}

  static void requireExisting(CommandSpec spec, List<Path> paths) {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "no such file or directory: " + path);
      }
    }
  }
}
