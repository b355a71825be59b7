package io.steppe.bench;

import io.steppe.model.Document;
import io.steppe.model.TsvLine;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.TokenCodec;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The articles in samples/ as the coder receives them, read from annotated-samples.tsv (its header
 * says how it was made): the benchmarks time coding on real parses without loading CoreNLP.
 */
final class AnnotatedSamples {
  static final String FILE = "annotated-samples.tsv";

  private AnnotatedSamples() {}

  /** One stored sentence: where it belongs, its text and its tokens as TokenCodec wrote them. */
  record StoredSentence(
      String document, @Nullable LocalDate date, int index, int begin, String text, byte[] tokens) {

    ParsedSentence decode() {
      return new ParsedSentence(index, text, begin, TokenCodec.decode(tokens));
    }
  }

  static List<StoredSentence> stored() {
    List<StoredSentence> sentences = new ArrayList<>();
    for (TsvLine line : TsvLine.readResource(AnnotatedSamples.class, FILE)) {
      line.requireCells(6, 6);
      try {
        sentences.add(
            new StoredSentence(
                line.cell(0),
                line.cell(1).isEmpty() ? null : LocalDate.parse(line.cell(1)),
                Integer.parseInt(line.cell(2)),
                Integer.parseInt(line.cell(3)),
                line.cells().get(4),
                Base64.getDecoder().decode(line.cell(5))));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw line.error("expected a date, two numbers and Base64 tokens: " + e.getMessage());
      }
    }
    return sentences;
  }

  /** The documents, each with its sentences decoded, in file order. */
  static List<AnnotatedDocument> documents() {
    List<AnnotatedDocument> documents = new ArrayList<>();
    List<StoredSentence> sentences = stored();
    int start = 0;
    for (int i = 1; i <= sentences.size(); i++) {
      boolean ends =
          i == sentences.size()
              || !sentences.get(i).document().equals(sentences.get(start).document());
      if (ends) {
        documents.add(document(sentences.subList(start, i)));
        start = i;
      }
    }
    return documents;
  }

  private static AnnotatedDocument document(List<StoredSentence> stored) {
    // Only the sentences are kept; the text between them is blank in the rebuilt document.
    StringBuilder text = new StringBuilder();
    List<ParsedSentence> sentences = new ArrayList<>();
    for (StoredSentence sentence : stored) {
      text.append(" ".repeat(Math.max(0, sentence.begin() - text.length())));
      text.setLength(sentence.begin());
      text.append(sentence.text());
      sentences.add(sentence.decode());
    }
    StoredSentence first = stored.get(0);
    Document document =
        new Document(first.document(), first.date(), null, null, null, text.toString());
    return new AnnotatedDocument(document, sentences);
  }
}
