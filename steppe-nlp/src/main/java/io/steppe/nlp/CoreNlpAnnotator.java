package io.steppe.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import io.steppe.model.Document;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParseScreen;
import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Stanford CoreNLP behind {@link Annotator}: tokenize, ssplit, pos, lemma, ner, depparse.
 *
 * <p>It runs in two stages. The cheap one (tokens, tags, lemmas) covers every sentence; the
 * expensive one (named entities and the dependency parse, four fifths of the time) only the
 * sentences a {@link ParseScreen} chooses. The others keep their tokens, tags and lemmas, with
 * entity class {@code O} and no arcs, as sentences too long to parse do.
 *
 * <p>The pipelines are shared by every thread of the process: CoreNLP's annotators are thread-safe
 * once loaded, and loading the models twice would cost seconds and a gigabyte.
 */
public final class CoreNlpAnnotator implements Annotator {
  private static final Set<String> CHEAP = Set.of("tokenize", "ssplit", "pos", "lemma");

  private static final String DEPPARSE = "depparse";

  /** Entries in the parser's cache of computed features: about 90 MB when full. */
  private static final int PARSER_CACHE = 100_000;

  private final StanfordCoreNLP cheap;
  private final @Nullable StanfordCoreNLP expensive;
  private final @Nullable BasicDependencyParser dependencies;
  private final NlpConfig config;
  private final ParseScreen screen;
  private final String screenName;

  /**
   * @param screenName how the screen is described with benchmark figures
   */
  public CoreNlpAnnotator(NlpConfig config, ParseScreen screen, String screenName) {
    this.config = config;
    this.screen = screen;
    this.screenName = screenName;
    List<String> first = config.annotators().stream().filter(CHEAP::contains).toList();
    List<String> second =
        config.annotators().stream()
            .filter(a -> !CHEAP.contains(a) && !a.equals(DEPPARSE))
            .toList();
    this.cheap = new StanfordCoreNLP(properties(config, first));
    this.expensive = second.isEmpty() ? null : new StanfordCoreNLP(properties(config, second));
    this.dependencies =
        config.annotators().contains(DEPPARSE)
            ? new BasicDependencyParser(
                PropertiesUtils.extractPrefixedProperties(
                    properties(config, List.of(DEPPARSE)), DEPPARSE + "."))
            : null;
  }

  /** Every sentence parsed. */
  public CoreNlpAnnotator() {
    this(NlpConfig.defaults(), ParseScreen.ALL, "none");
  }

  /**
   * The configuration is deliberate. The coder reads dates itself from the article date and a few
   * patterns, and needs only the coarse PERSON/LOCATION/ORGANIZATION classes for actor names;
   * SUTime, the fine-grained classes and the numeric classifiers would make ner 4-5x slower
   * (measured here: 20 against 93 sentences/s per thread) for information the coder does not use.
   */
  static Properties properties(NlpConfig config, List<String> annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", String.join(",", annotators));
    // The second stage runs on sentences the first stage made.
    props.setProperty("enforceRequirements", "false");
    props.setProperty("tokenize.language", "en");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    // One CRF model, not the default three: the coder reads only PERSON, LOCATION and ORGANIZATION
    // and tells dates by their words; the other two models tripled the tagger's time (measured
    // here: 1.79 against 0.55 ms of CPU per sentence).
    props.setProperty(
        "ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    // Sentences past this many tokens are not parsed (their tokens stay, without arcs): the
    // parser's time and memory grow with length, and such "sentences" are tables or lists.
    // The parser caches the hidden-layer product of each word at each feature position that its
    // model did not precompute, 5,000 of them by default; computing the missed ones again took a
    // large share of the parse. With 100,000, annotation took 13% less CPU on the evaluation sets
    // and 30% less on the benchmark corpus. A hit and a miss give the same floats, so the arcs do
    // not change; the cache's size is fixed, about 900 bytes an entry.
    props.setProperty("depparse.numCached", Integer.toString(PARSER_CACHE));
    props.setProperty("depparse.maxlen", Integer.toString(config.maxSentenceTokens()));
    props.setProperty("pos.maxlen", Integer.toString(config.maxSentenceTokens()));
    props.setProperty("ner.maxlen", Integer.toString(config.maxSentenceTokens()));
    // Articles put headlines, bylines and paragraphs on lines of their own, often without a final
    // stop.
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return props;
  }

  @Override
  public AnnotatedDocument annotate(Document document) {
    Annotation annotation = new Annotation(document.text());
    cheap.annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (expensive != null || dependencies != null) {
      annotateChosen(document.text(), sentences);
    }
    List<ParsedSentence> parsed = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      parsed.add(toSentence(document.text(), sentence, parsed.size()));
    }
    return new AnnotatedDocument(document, parsed);
  }

  private void annotateChosen(String text, List<CoreMap> sentences) {
    List<List<Token>> preliminary = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      preliminary.add(toSentence(text, sentence, preliminary.size()).tokens());
    }
    BitSet chosen = screen.select(preliminary);
    // CoreNLP's parser does not read depparse.maxlen: the limit is kept here.
    for (int i = 0; i < preliminary.size(); i++) {
      if (preliminary.get(i).size() > config.maxSentenceTokens()) {
        chosen.clear(i);
      }
    }
    List<CoreMap> subset = new ArrayList<>(chosen.cardinality());
    List<CoreLabel> tokens = new ArrayList<>();
    chosen.stream()
        .forEach(
            i -> {
              subset.add(sentences.get(i));
              tokens.addAll(sentences.get(i).get(CoreAnnotations.TokensAnnotation.class));
            });
    // The chosen sentences are the same objects: the second stage annotates them in place.
    Annotation selection = new Annotation(text);
    selection.set(CoreAnnotations.SentencesAnnotation.class, subset);
    selection.set(CoreAnnotations.TokensAnnotation.class, tokens);
    if (expensive != null) {
      expensive.annotate(selection);
    }
    if (dependencies != null) {
      subset.forEach(dependencies::parse);
    }
  }

  @Override
  public String describe() {
    return describe(config, screenName);
  }

  /** What {@link #describe()} says of an annotator with this configuration, without loading it. */
  public static String describe(NlpConfig config, String screenName) {
    return "Stanford CoreNLP 4.5.10 ["
        + String.join(",", config.annotators())
        + "], parse screen: "
        + screenName;
  }

  private static ParsedSentence toSentence(String text, CoreMap sentence, int index) {
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int[] heads = new int[labels.size()];
    String[] relations = new String[labels.size()];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "dep");
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      readArcs(graph, heads, relations);
    }
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      tokens.add(toToken(labels.get(i), i, begin, heads[i], relations[i]));
    }
    return new ParsedSentence(index, text.substring(begin, end), begin, tokens);
  }

  private static void readArcs(SemanticGraph graph, int[] heads, String[] relations) {
    for (IndexedWord root : graph.getRoots()) {
      relations[root.index() - 1] = "root";
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      int dependent = edge.getDependent().index() - 1;
      heads[dependent] = edge.getGovernor().index() - 1;
      relations[dependent] = edge.getRelation().toString();
    }
  }

  private static Token toToken(
      CoreLabel label, int index, int sentenceBegin, int head, String rel) {
    String ner = label.ner() == null ? "O" : label.ner();
    String lemma = label.lemma() == null ? label.word() : label.lemma();
    String pos = label.tag() == null ? "" : label.tag();
    return new Token(
        index,
        label.word(),
        lemma,
        pos,
        ner,
        label.beginPosition() - sentenceBegin,
        label.endPosition() - sentenceBegin,
        head,
        rel);
  }
}
