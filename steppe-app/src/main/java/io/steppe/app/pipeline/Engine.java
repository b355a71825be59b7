package io.steppe.app.pipeline;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.actors.Regions;
import io.steppe.coder.ClaimFinder;
import io.steppe.coder.CodingScreen;
import io.steppe.coder.EventCoder;
import io.steppe.coder.Lexicon;
import io.steppe.model.Claim;
import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.nlp.Annotator;
import io.steppe.nlp.CoreNlpAnnotator;
import io.steppe.nlp.NlpConfig;
import java.util.List;

/**
 * The annotate-then-code engine: one CoreNLP pipeline and one coder per process, shared by all
 * worker threads.
 */
public final class Engine {
  private static final String SCREEN = "lexicon heads, reporting verbs and their antecedents";

  private final Annotator annotator;
  private final EventCoder coder;
  private final ClaimFinder claims;

  public Engine(Annotator annotator, EventCoder coder, ClaimFinder claims) {
    this.annotator = annotator;
    this.coder = coder;
    this.claims = claims;
  }

  /** The bundled lexicon and dictionary over Stanford CoreNLP. */
  public static Engine standard() {
    return with(Lexicon.bundled(), ActorDictionary.bundled());
  }

  /**
   * Stanford CoreNLP with another lexicon and actor dictionary: those read from the PETRARCH
   * dictionaries given to {@code steppe code --verbs/--actors/--agents}.
   */
  public static Engine with(Lexicon lexicon, ActorDictionary dictionary) {
    ActorResolver resolver = new ActorResolver(dictionary);
    EventCoder coder = new EventCoder(lexicon, resolver);
    return new Engine(
        new LazyAnnotator(() -> screened(lexicon)),
        coder,
        new ClaimFinder(resolver, Regions.bundled()));
  }

  /** CoreNLP that parses only the sentences this lexicon could code. */
  public static Annotator screened(Lexicon lexicon) {
    return new CoreNlpAnnotator(NlpConfig.defaults(), new CodingScreen(lexicon), SCREEN);
  }

  public Coded process(Document document) {
    return code(annotator.annotate(document));
  }

  /** Events and claims of a document annotated before. */
  public Coded code(AnnotatedDocument annotated) {
    return new Coded(annotated, coder.code(annotated), claims.find(annotated));
  }

  public Annotator annotator() {
    return annotator;
  }

  public EventCoder coder() {
    return coder;
  }

  /** A document with its annotations and events. */
  public record Coded(AnnotatedDocument document, List<Event> events, List<Claim> claims) {}

  /** Worker threads: one per core, as annotation is CPU-bound. */
  public static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
