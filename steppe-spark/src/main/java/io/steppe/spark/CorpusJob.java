package io.steppe.spark;

import io.steppe.model.SteppeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * Codes a JSON Lines corpus into month-partitioned Parquet events, the same events and columns as
 * {@code steppe ingest} followed by {@code steppe export --format parquet} give for the same file.
 *
 * <p>Steps: read and check every line where it is stored; put the documents' fingerprints in corpus
 * order on the driver to set duplicates aside as ingest does; code the rest, one CoreNLP pipeline
 * per executor ({@link ExecutorCoder}); write one Parquet file per month, sorted as the export
 * sorts.
 */
public final class CorpusJob {
  private CorpusJob() {}

  /**
   * Runs the job.
   *
   * @param in any path Hadoop reads: a file, a folder, a glob or a comma-separated list
   * @param out a folder that must not exist yet
   * @param partitions how many pieces coding is split into
   * @throws SteppeException when the input is missing or the output folder exists already
   */
  public static JobReport run(SparkSession session, String in, String out, int partitions) {
    requireInput(session, in);
    refuseExisting(session, out);
    // The rows carry java.time dates, as the events do.
    session.conf().set("spark.sql.datetime.java8API.enabled", "true");
    JavaSparkContext context = JavaSparkContext.fromSparkContext(session.sparkContext());
    JavaRDD<CorpusItem> items =
        CorpusReader.read(context, in).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      JavaRDD<CorpusDocument> documents =
          items.filter(CorpusDocument.class::isInstance).map(CorpusDocument.class::cast);
      Originals.Selection selection =
          Originals.select(
              documents
                  .map(Fingerprint::of)
                  .sortBy(Fingerprint::position, true, partitions)
                  .toLocalIterator());
      Broadcast<HashSet<Position>> setAside = context.broadcast(selection.setAside());
      JavaRDD<Row> rows =
          documents
              .filter(document -> !setAside.value().contains(document.position()))
              .repartition(partitions)
              .flatMap(
                  document -> EventRows.rows(ExecutorCoder.events(document.document())).iterator());
      write(session.createDataFrame(rows, EventRows.SCHEMA), out);
      return report(items, selection, session.read().parquet(out).count());
    } finally {
      items.unpersist(false);
    }
  }

  /** One file per month, sorted as {@code steppe export} sorts. */
  private static void write(Dataset<Row> events, String out) {
    events
        .repartition(functions.col(EventRows.MONTH))
        .sortWithinPartitions(
            EventRows.ORDER[0], EventRows.ORDER[1], EventRows.ORDER[2], EventRows.ORDER[3])
        .write()
        .partitionBy(EventRows.MONTH)
        .parquet(out);
  }

  private static JobReport report(
      JavaRDD<CorpusItem> items, Originals.Selection selection, long events) {
    JavaRDD<Rejection> rejections =
        items.filter(Rejection.class::isInstance).map(Rejection.class::cast);
    long unreadable = rejections.count();
    List<Rejection> shown =
        new ArrayList<>(rejections.takeOrdered(JobReport.SHOWN, ByPosition.INSTANCE));
    shown.addAll(selection.repeatedIds());
    shown.sort(ByPosition.INSTANCE);
    return new JobReport(
        selection.kept() + selection.duplicates(),
        selection.duplicates(),
        selection.kept(),
        events,
        unreadable + selection.repeatedIds().size(),
        shown.stream().limit(JobReport.SHOWN).map(Rejection::describe).toList());
  }

  private static void refuseExisting(SparkSession session, String out) {
    if (matches(session, out) > 0) {
      throw new SteppeException(
          "the output folder " + out + " exists already: name a new folder, or delete this one");
    }
  }

  /**
   * Hadoop would otherwise stop with a stack trace. Brace globs ({@code {a,b}}) hold commas of
   * their own, so a list with one is left to Hadoop.
   */
  private static void requireInput(SparkSession session, String in) {
    if (in.contains("{")) {
      return;
    }
    for (String path : in.split(",", -1)) {
      if (matches(session, path.strip()) == 0) {
        throw new SteppeException(
            "no input at '" + path.strip() + "': give a file, folder or glob that exists");
      }
    }
  }

  private static int matches(SparkSession session, String pattern) {
    Path path = new Path(pattern);
    try {
      FileSystem fileSystem = path.getFileSystem(session.sparkContext().hadoopConfiguration());
      FileStatus[] found = fileSystem.globStatus(path);
      return found == null ? 0 : found.length;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look for " + pattern, e);
    }
  }

  /** Corpus order for rejections; serializable, as Spark sends it to the executors. */
  private enum ByPosition implements Comparator<Rejection> {
    INSTANCE;

    @Override
    public int compare(Rejection first, Rejection second) {
      return first.position().compareTo(second.position());
    }
  }
}
