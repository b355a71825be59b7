package io.steppe.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser, as its {@code depparse} annotator runs it, keeping only the
 * basic dependencies. The annotator also derives four more graphs from each parse (collapsed,
 * CC-processed, enhanced, enhanced++) that nothing in Steppe reads: 9 to 14% of the annotation's
 * CPU time, measured on the evaluation sets and the benchmark corpus. The parse and the basic graph
 * are made by the same calls, so the arcs are the annotator's.
 */
final class BasicDependencyParser {
  private final DependencyParser parser;

  /**
   * @param properties the {@code depparse.} properties without their prefix, as CoreNLP passes them
   *     to its annotator
   */
  BasicDependencyParser(Properties properties) {
    this.parser =
        DependencyParser.loadFromModelFile(
            properties.getProperty("model", DependencyParser.DEFAULT_MODEL), properties);
  }

  /** Sets the sentence's basic dependencies. */
  void parse(CoreMap sentence) {
    GrammaticalStructure structure = parser.predict(sentence);
    sentence.set(
        SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        SemanticGraphFactory.makeFromTree(
            structure, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
  }
}
