package io.steppe.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.Document;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.Token;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {
  @Test
  void sentenceOverTheLimit_keepsItsTokens_withoutAParse() {
    String list = "Astana, Almaty, Shymkent, Aktobe, Karaganda and Taraz";
    String longSentence = (list + ", ").repeat(20) + "Kostanay.";
    String text = "Kazakhstan condemned the strike.\n" + longSentence;
    AnnotatedDocument annotated =
        new CoreNlpAnnotator().annotate(new Document("d", null, null, null, null, text));

    ParsedSentence parsed = annotated.sentences().get(0);
    ParsedSentence unparsed = annotated.sentences().get(1);
    assertThat(parsed.tokens()).anyMatch(t -> t.relation().equals("nsubj"));
    assertThat(unparsed.size()).isGreaterThan(NlpConfig.defaults().maxSentenceTokens());
    assertThat(unparsed.tokens()).extracting(Token::relation).containsOnly("dep");
  }
}
