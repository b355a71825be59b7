package io.steppe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParsedSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedSamplesTest {
  @Test
  void samples_holdTheSentencesTheBenchmarksDivideBy() {
    List<AnnotatedDocument> documents = AnnotatedSamples.documents();

    assertThat(documents).hasSize(44);
    assertThat(documents.stream().mapToInt(d -> d.sentences().size()).sum())
        .isEqualTo(CoderBenchmark.SENTENCES);
  }

  @Test
  void sentences_sitInTheirDocumentsText_withTheirTokens() {
    for (AnnotatedDocument document : AnnotatedSamples.documents()) {
      for (ParsedSentence sentence : document.sentences()) {
        int begin = sentence.begin();
        assertThat(document.document().text().substring(begin, begin + sentence.text().length()))
            .isEqualTo(sentence.text());
        assertThat(sentence.tokens()).isNotEmpty();
        assertThat(sentence.text(0, sentence.size() - 1)).isNotBlank();
      }
    }
  }
}
