package io.steppe.app.cli;

import io.steppe.app.Steppe;
import io.steppe.app.pipeline.Engine;
import io.steppe.app.pipeline.OrderedParallel;
import io.steppe.ingest.DocumentSource;
import io.steppe.ingest.IngestItem;
import io.steppe.model.Event;
import io.steppe.model.SteppeException;
import io.steppe.model.json.EventJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steppe code --in docs.jsonl --out events.jsonl}: the stateless coder of CONTRACT.md. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Codes CONTRACT document lines into CONTRACT event lines without touching any store.",
      "Same input, same output, byte for byte. Bad lines are reported on stderr and skipped."
    })
public final class CodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--in",
      required = true,
      paramLabel = "FILE",
      description = "Documents (JSON Lines, or any ingestible file); - for stdin.")
  String in;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Events as JSON Lines; - for stdout.")
  String out;

  @Mixin DictionaryOptions dictionaries;

  @Override
  public Integer call() throws IOException {
    Path input = in.equals("-") ? stdinToFile() : Path.of(in);
    Inputs.requireExisting(spec, List.of(input));
    int rejected = 0;
    try (Writer writer = open(out);
        Stream<IngestItem> items = DocumentSource.read(List.of(input))) {
      rejected = code(items, writer);
    } finally {
      if (in.equals("-")) {
        Files.deleteIfExists(input);
      }
    }
    return rejected == 0 ? 0 : Steppe.EXIT_REJECTS;
  }

  private int code(Stream<IngestItem> items, Writer writer) {
    Engine engine = dictionaries.engine(spec);
    int[] rejected = new int[1];
    try (OrderedParallel<IngestItem.Accepted, Engine.Coded> workers =
        new OrderedParallel<>(
            Engine.threads(),
            item -> engine.process(item.document()),
            coded -> write(coded.events(), writer))) {
      items.forEach(
          item -> {
            if (item instanceof IngestItem.Accepted accepted) {
              workers.submit(accepted);
            } else if (item instanceof IngestItem.Rejected bad) {
              spec.commandLine().getErr().println("rejected " + bad.origin() + ": " + bad.reason());
              rejected[0]++;
            } else if (item instanceof IngestItem.Skipped skipped) {
              spec.commandLine()
                  .getErr()
                  .println("skipped " + skipped.origin() + ": " + skipped.reason());
            } else {
              IngestItem.Notice notice = (IngestItem.Notice) item;
              spec.commandLine()
                  .getErr()
                  .println("notice " + notice.origin() + ": " + notice.message());
            }
          });
      workers.finish();
    }
    spec.commandLine().getErr().flush();
    return rejected[0];
  }

  private static void write(List<Event> events, Writer writer) {
    try {
      for (Event event : events) {
        writer.write(EventJson.line(event));
        writer.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Writer open(String out) throws IOException {
    if (out.equals("-")) {
      return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    Path path = Path.of(out);
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
  }

  private static Path stdinToFile() {
    try {
      Path file = Files.createTempFile("steppe-stdin", ".jsonl");
      Files.copy(System.in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new SteppeException("cannot read standard input: " + e.getMessage(), e);
    }
  }
}
