package io.steppe.app;

import io.steppe.app.cli.ActorsCommand;
import io.steppe.app.cli.AlignmentCommand;
import io.steppe.app.cli.BenchCommand;
import io.steppe.app.cli.ClaimsCommand;
import io.steppe.app.cli.CodeCommand;
import io.steppe.app.cli.DemoCommand;
import io.steppe.app.cli.DyadCommand;
import io.steppe.app.cli.EvalCommand;
import io.steppe.app.cli.EventsCommand;
import io.steppe.app.cli.ExplainCommand;
import io.steppe.app.cli.ExportCommand;
import io.steppe.app.cli.ImportGdeltCommand;
import io.steppe.app.cli.IngestCommand;
import io.steppe.app.cli.LexiconCommand;
import io.steppe.app.cli.NeighboursCommand;
import io.steppe.app.cli.ReactionsCommand;
import io.steppe.app.cli.RecodeCommand;
import io.steppe.app.cli.ServeCommand;
import io.steppe.app.cli.SqlCommand;
import io.steppe.model.SteppeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code steppe} command line. The only place that decides the process's exit code. */
@Command(
    name = "steppe",
    mixinStandardHelpOptions = true,
    version = "steppe 0.1.0",
    description =
        "Open, local, explainable political event data: articles in, CAMEO/PLOVER events out.",
    subcommands = {
      IngestCommand.class,
      CodeCommand.class,
      EventsCommand.class,
      SqlCommand.class,
      DemoCommand.class,
      ReactionsCommand.class,
      DyadCommand.class,
      ClaimsCommand.class,
      LexiconCommand.class,
      AlignmentCommand.class,
      NeighboursCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      ExplainCommand.class,
      ActorsCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      ImportGdeltCommand.class,
      RecodeCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:failed: an error stopped the command (the message says why)",
      "2:usage error: unknown command or option, or a missing input file",
      "3:completed with rejects: some inputs could not be read; everything else was processed"
    })
public final class Steppe {
  /** Some inputs were rejected but the rest was processed. */
  public static final int EXIT_REJECTS = 3;

  private Steppe() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this instead of main). */
  public static int run(String... args) {
    return run(new CommandLine(new Steppe()), args);
  }

  /** Runs with the given output and error writers. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new Steppe());
    commandLine.setOut(out);
    commandLine.setErr(err);
    return run(commandLine, args);
  }

  private static int run(CommandLine commandLine, String... args) {
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          if (exception instanceof SteppeException
              || exception instanceof java.io.UncheckedIOException) {
            cmd.getErr().println("steppe: " + exception.getMessage());
            return 1;
          }
          throw exception;
        });
    return commandLine.execute(args);
  }
}
