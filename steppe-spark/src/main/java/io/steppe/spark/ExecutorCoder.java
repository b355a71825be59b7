package io.steppe.spark;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.coder.CodingScreen;
import io.steppe.coder.EventCoder;
import io.steppe.coder.Lexicon;
import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.nlp.Annotator;
import io.steppe.nlp.CoreNlpAnnotator;
import io.steppe.nlp.NlpConfig;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One CoreNLP pipeline and one coder per executor JVM, shared by every task the executor runs.
 * Loading CoreNLP's models takes seconds and a gigabyte, so it must happen once per JVM, not once
 * per partition or task; both objects are thread-safe once built, so concurrent tasks can share
 * them.
 *
 * <p>They are built as steppe-app's {@code Engine.standard()} builds them (bundled lexicon and
 * actor dictionary, CoreNLP parsing only the sentences the lexicon could code), so that an event
 * coded here is the event single-machine ingest codes.
 */
final class ExecutorCoder {
  private static final AtomicInteger LOADS = new AtomicInteger();

  private ExecutorCoder() {}

  /** The events of one document. The first call in a JVM loads the models. */
  static List<Event> events(Document document) {
    return Loaded.CODER.code(Loaded.ANNOTATOR.annotate(document));
  }

  /** How many times this JVM built the pipeline: one after any number of documents. */
  static int loads() {
    return LOADS.get();
  }

  /**
   * Built by the JVM when first used: class initialisation runs once per class loader and other
   * threads wait for it, which is exactly the lazy, thread-safe, once-only loading wanted here.
   */
  private static final class Loaded {
    private static final String SCREEN = "lexicon heads, reporting verbs and their antecedents";
    private static final Lexicon LEXICON = Lexicon.bundled();
    static final Annotator ANNOTATOR =
        new CoreNlpAnnotator(NlpConfig.defaults(), new CodingScreen(LEXICON), SCREEN);
    static final EventCoder CODER =
        new EventCoder(LEXICON, new ActorResolver(ActorDictionary.bundled()));

    static {
      LOADS.incrementAndGet();
    }

    private Loaded() {}
  }
}
