package io.steppe.app;

import io.steppe.model.Document;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.Token;
import io.steppe.nlp.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the sentences {@link SyntheticCorpus} writes ("Kazakhstan condemned Israel on Monday.")
 * the way CoreNLP would, in microseconds: the first known verb (or else the first word) is the
 * root, the last country before it its subject and the first country after it its object. Tests
 * that kill or load the pipeline use it so that a child JVM starts in a second instead of loading
 * CoreNLP's models.
 */
public final class TemplateAnnotator implements Annotator {
  /** Past tense as written in the corpus to lemma. */
  static final Map<String, String> VERBS =
      Map.of(
          "condemned", "condemn",
          "praised", "praise",
          "criticized", "criticize",
          "accused", "accuse",
          "threatened", "threaten",
          "visited", "visit",
          "hosted", "host",
          "welcomed", "welcome",
          "thanked", "thank",
          "met", "meet");

  private static final Pattern SENTENCE = Pattern.compile("[^\\n.]+\\.?");
  private static final Pattern WORD = Pattern.compile("\\w+|[^\\w\\s]");

  @Override
  public AnnotatedDocument annotate(Document document) {
    List<ParsedSentence> sentences = new ArrayList<>();
    Matcher matcher = SENTENCE.matcher(document.text());
    while (matcher.find()) {
      String text = matcher.group().strip();
      if (!text.isEmpty()) {
        int begin = matcher.start() + matcher.group().indexOf(text);
        sentences.add(parse(sentences.size(), text, begin));
      }
    }
    return new AnnotatedDocument(document, sentences);
  }

  @Override
  public String describe() {
    return "template annotator for the synthetic test corpus";
  }

  private static ParsedSentence parse(int index, String text, int begin) {
    List<int[]> spans = new ArrayList<>();
    Matcher words = WORD.matcher(text);
    while (words.find()) {
      spans.add(new int[] {words.start(), words.end()});
    }
    int root = 0;
    for (int i = spans.size() - 1; i >= 0; i--) {
      root = VERBS.containsKey(word(text, spans.get(i))) ? i : root;
    }
    int subject = -1;
    int object = -1;
    for (int i = 0; i < spans.size(); i++) {
      if (SyntheticCorpus.isCountry(word(text, spans.get(i)))) {
        subject = i < root ? i : subject;
        object = i > root && object < 0 ? i : object;
      }
    }
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      String relation =
          i == root
              ? "root"
              : i == subject ? "nsubj" : i == object ? "obj" : relation(text, spans.get(i));
      tokens.add(token(i, text, spans.get(i), i == root ? -1 : root, relation));
    }
    return new ParsedSentence(index, text, begin, tokens);
  }

  private static String relation(String text, int[] span) {
    return Character.isLetterOrDigit(text.charAt(span[0])) ? "dep" : "punct";
  }

  private static Token token(int index, String text, int[] span, int head, String relation) {
    String word = word(text, span);
    String lemma = VERBS.getOrDefault(word, word.toLowerCase(Locale.ROOT));
    boolean country = SyntheticCorpus.isCountry(word);
    String pos =
        VERBS.containsKey(word)
            ? "VBD"
            : country ? "NNP" : relation.equals("punct") ? "." : word.equals("on") ? "IN" : "NN";
    return new Token(
        index, word, lemma, pos, country ? "LOCATION" : "O", span[0], span[1], head, relation);
  }

  private static String word(String text, int[] span) {
    return text.substring(span[0], span[1]);
  }
}
