package io.steppe.app.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.steppe.app.pipeline.OrderedParallel;
import io.steppe.model.Document;
import io.steppe.model.SteppeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The pipeline PETRARCH-2 needs, on the same corpus and cores as Steppe's: CoreNLP's shift-reduce
 * constituency parser (tokenize, ssplit, pos, parse with englishSR, the parse PETRARCH-2 reads),
 * timed here; then PETRARCH-2's own coding at the rate measured for it on this kind of machine on
 * parsed input (1,550 sentences/s in one process), counted as if it ran on every core at that rate
 * with no cost for passing parse trees between programs, which favours PETRARCH-2.
 */
final class PetrarchPipelineBench {
  static final double PETRARCH_CODING_PER_CORE = 1_550;
  private static final String MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
  private static final String JAR = "stanford-corenlp-4.5.10-models-english.jar";

  private PetrarchPipelineBench() {}

  /** Prints the figures and returns PETRARCH-2's end-to-end sentences/s. */
  static double run(List<Path> corpus, int threads, PrintWriter out) {
    StanfordCoreNLP parser = new StanfordCoreNLP(properties(model()));
    try (Stream<String> warmUp = texts(corpus)) {
      // As many as Steppe's passes warm up on: with 5, the JIT compiler was still busy with the
      // parser during the timed pass (15 s of its CPU time, loading included, on 200 documents).
      warmUp.limit(ThroughputBench.WARM_UP).forEach(text -> parser.annotate(new Annotation(text)));
    }
    int[] sentences = new int[1];
    long start = System.nanoTime();
    try (Stream<String> texts = texts(corpus);
        OrderedParallel<String, Integer> workers =
            new OrderedParallel<>(threads, text -> parse(parser, text), n -> sentences[0] += n)) {
      texts.forEach(workers::submit);
      workers.finish();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double parseRate = sentences[0] / seconds;
    double codingRate = PETRARCH_CODING_PER_CORE * threads;
    double endToEnd = 1 / (1 / parseRate + 1 / codingRate);
    out.printf(
        Locale.ROOT,
        "PETRARCH-2 pipeline: shift-reduce parse of %d sentences in %.2f s = %.1f sentences/s"
            + " (%d threads); with its coding at %.0f sentences/s per core: %.1f sentences/s end"
            + " to end%n",
        sentences[0],
        seconds,
        parseRate,
        threads,
        PETRARCH_CODING_PER_CORE,
        endToEnd);
    return endToEnd;
  }

  private static int parse(StanfordCoreNLP parser, String text) {
    Annotation annotation = new Annotation(text);
    parser.annotate(annotation);
    return annotation.get(CoreAnnotations.SentencesAnnotation.class).size();
  }

  /** The same tokenisation and sentence splitting as Steppe's, then the constituency parse. */
  private static Properties properties(Path model) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,parse");
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("parse.model", model.toString());
    props.setProperty("parse.maxlen", "150");
    props.setProperty("pos.maxlen", "150");
    return props;
  }

  /**
   * The shift-reduce model, from CoreNLP's English models jar in the Maven cache: 445 MB that only
   * this comparison needs, so Steppe's build does not depend on it.
   */
  private static Path model() {
    Path jar =
        Path.of(
            System.getProperty("user.home"),
            ".m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10",
            JAR);
    if (!Files.isRegularFile(jar)) {
      throw new SteppeException(
          "the PETRARCH-2 comparison needs CoreNLP's shift-reduce parser, in "
              + jar
              + "; fetch it once with: mvn dependency:get"
              + " -Dartifact=edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models-english"
              + " -Dtransitive=false");
    }
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry entry = zip.getEntry(MODEL);
      if (entry == null) {
        throw new SteppeException(jar + " holds no " + MODEL + "; fetch the jar again");
      }
      Path model = Files.createTempFile("englishSR", ".ser.gz");
      model.toFile().deleteOnExit();
      try (InputStream in = zip.getInputStream(entry)) {
        Files.copy(in, model, StandardCopyOption.REPLACE_EXISTING);
      }
      return model;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the shift-reduce model from " + jar, e);
    }
  }

  private static Stream<String> texts(List<Path> corpus) {
    return ThroughputBench.documents(corpus).map(Document::text);
  }
}
