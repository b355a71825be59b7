package io.steppe.spark;

import io.steppe.ingest.IngestItem;
import io.steppe.ingest.JsonLines;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * Reads JSON Lines documents (CONTRACT.md "Documents in") from any path Hadoop can read: files,
 * folders (recursively; names starting with {@code _} or {@code .} are skipped), globs, or a
 * comma-separated list of them.
 *
 * <p>Hadoop's own line reader is used rather than Spark's JSON source, for two reasons: it gives
 * each line's file and byte offset, which name a bad line and restore corpus order, and the line is
 * then checked by steppe-ingest exactly as single-machine ingest checks a {@code .jsonl} line.
 */
final class CorpusReader {
  private CorpusReader() {}

  /** One item per non-blank line, in no particular order. */
  static JavaRDD<CorpusItem> read(JavaSparkContext context, String paths) {
    Configuration configuration = new Configuration(context.hadoopConfiguration());
    configuration.setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
    JavaNewHadoopRDD<LongWritable, Text> lines =
        (JavaNewHadoopRDD<LongWritable, Text>)
            context.newAPIHadoopFile(
                paths, TextInputFormat.class, LongWritable.class, Text.class, configuration);
    return lines.mapPartitionsWithInputSplit(CorpusReader::items, false);
  }

  private static Iterator<CorpusItem> items(
      InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
    String file = ((FileSplit) split).getPath().toString();
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
        .map(line -> item(file, line._1(), line._2()))
        .filter(Objects::nonNull)
        .iterator();
  }

  /** Hadoop reuses the line objects, so the line is read here, before the next one replaces it. */
  private static @Nullable CorpusItem item(String file, LongWritable offset, Text line) {
    Position position = new Position(file, offset.get());
    IngestItem item =
        JsonLines.read(line.getBytes(), line.getLength(), offset.get(), position.origin());
    if (item instanceof IngestItem.Accepted accepted) {
      return CorpusDocument.of(position, accepted.document());
    }
    if (item instanceof IngestItem.Rejected rejected) {
      return new Rejection(position, rejected.reason());
    }
    return null;
  }
}
