package io.steppe.app.cli;

import io.steppe.app.bench.LoadBench;
import io.steppe.app.bench.LoadResult;
import io.steppe.model.SteppeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe bench load}: the server's requests/s and latency while an ingest writes. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Serves half of the corpus on 127.0.0.1 and ingests the other half through the watch",
      "folder while client threads send requests over every API endpoint for a fixed time;",
      "prints requests/s, p50, p99 and max latency, and errors (exit 1 if any request failed)."
    })
public final class LoadBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--seconds",
      paramLabel = "N",
      defaultValue = "10",
      description = "How long the load runs (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--clients",
      paramLabel = "N",
      defaultValue = "4",
      description =
          "Client threads, each sending its next request when answered (default: ${DEFAULT-VALUE}).")
  int clients;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Corpus (default: the bundled samples/).")
  List<Path> paths;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (seconds < 1 || seconds > 3600 || clients < 1 || clients > 256) {
      throw new ParameterException(
          spec.commandLine(),
          "--seconds must be 1 to 3600 and --clients 1 to 256, found "
              + seconds
              + " and "
              + clients);
    }
    List<Path> corpus = Samples.unlessGiven(paths);
    Inputs.requireExisting(spec, corpus);
    LoadResult result =
        new LoadBench(files(corpus), clients, Duration.ofSeconds(seconds))
            .run(spec.commandLine().getOut());
    if (result.errors() > 0) {
      throw new SteppeException(
          result.errors()
              + " requests failed under load (each is printed above with its answer);"
              + " the server should answer every request");
    }
    return 0;
  }

  private static List<Path> files(List<Path> corpus) {
    List<Path> files = new ArrayList<>();
    for (Path path : corpus) {
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + path, e);
      }
    }
    return files;
  }
}
