package io.steppe.spark;

import io.steppe.model.SteppeException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The Spark job's command line: {@code spark-submit --class io.steppe.spark.CodeJob
 * steppe-spark.jar --in IN --out OUT} on a cluster, or {@code ./steppe spark --in IN --out OUT
 * --master local[2]} on one machine.
 */
@Command(
    name = "steppe spark",
    mixinStandardHelpOptions = true,
    description = {
      "Codes a JSON Lines corpus (CONTRACT.md) on Apache Spark and writes its events as Parquet,"
          + " one folder per month (month=2025-06/), as 'steppe export --format parquet' does.",
      "Paths are any Hadoop paths (file:, hdfs://, s3a://, ...): a file, a folder, a glob, or"
          + " several separated by commas. Bad lines are reported and skipped; duplicates are set"
          + " aside as 'steppe ingest' does."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:failed (the message says why)",
      "2:usage error",
      "3:completed with rejected lines (each is named, up to " + JobReport.SHOWN + ")"
    })
public final class CodeJob implements Callable<Integer> {
  private static final int REJECTS = 3;

  @Spec CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "PATH", description = "The corpus.")
  String in;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "The folder to write; it must not exist yet.")
  String out;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "The Spark master, e.g. local[2]. Default: the one spark-submit sets, else local[*].")
  @Nullable String master;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "How many pieces coding is split into (default: the cluster's parallelism).")
  @Nullable Integer partitions;

  /**
   * The job's entry point. Like {@code io.steppe.app.Steppe}, the only place that decides the
   * process's exit code: spark-submit and the launcher pass it on.
   */
  public static void main(String[] args) {
    int code =
        new CommandLine(new CodeJob()).setExecutionExceptionHandler(CodeJob::explain).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** A failure Steppe foresaw is told in its own words; anything else keeps its stack trace. */
  private static int explain(Exception failure, CommandLine line, ParseResult parsed)
      throws Exception {
    if (failure instanceof SteppeException) {
      line.getErr().println("steppe spark: " + failure.getMessage());
      line.getErr().flush();
      return 1;
    }
    throw failure;
  }

  @Override
  public Integer call() {
    SparkSession session = session();
    try {
      int parallelism = session.sparkContext().defaultParallelism();
      JobReport report =
          CorpusJob.run(session, in, out, partitions == null ? parallelism : partitions);
      print(report);
      return report.rejected() > 0 ? REJECTS : 0;
    } finally {
      session.stop();
    }
  }

  private SparkSession session() {
    SparkSession.Builder builder = SparkSession.builder().appName("steppe code");
    boolean submitted = new SparkConf().contains("spark.master");
    boolean local = master != null || !submitted;
    if (local) {
      // Run on this machine: no web UI to bind a port for.
      builder.master(master == null ? "local[*]" : master).config("spark.ui.enabled", "false");
    }
    SparkSession session = builder.getOrCreate();
    if (local) {
      // Spark's progress lines would bury the report and the rejected lines.
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }

  private void print(JobReport report) {
    PrintWriter err = spec.commandLine().getErr();
    report.firstRejections().forEach(err::println);
    if (report.rejected() > report.firstRejections().size()) {
      err.println("... and " + (report.rejected() - report.firstRejections().size()) + " more");
    }
    err.flush();
    PrintWriter printed = spec.commandLine().getOut();
    printed.printf(
        "%d documents read, %d duplicates set aside, %d coded, %d events written to %s;"
            + " %d rejected lines%n",
        report.documents(),
        report.duplicates(),
        report.coded(),
        report.events(),
        out,
        report.rejected());
    printed.flush();
  }
}
