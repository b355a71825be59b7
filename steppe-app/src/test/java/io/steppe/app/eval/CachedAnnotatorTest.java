package io.steppe.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.Document;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.Token;
import io.steppe.nlp.Annotator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedAnnotatorTest {
  @TempDir Path folder;

  /** Annotates every text as one sentence of one token, counting its calls. */
  private static final class CountingAnnotator implements Annotator {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public AnnotatedDocument annotate(Document document) {
      calls.incrementAndGet();
      String text = document.text();
      Token token =
          new Token(0, text, text.toLowerCase(), "NNP", "LOCATION", 0, text.length(), -1, "root");
      return new AnnotatedDocument(
          document, List.of(new ParsedSentence(0, text, 0, List.of(token))));
    }

    @Override
    public String describe() {
      return "counting";
    }
  }

  private static Document document(String id, String text) {
    return new Document(id, null, null, null, null, text);
  }

  @Test
  void sameText_isAnnotatedOnce_andReadBackEqual() {
    CountingAnnotator counting = new CountingAnnotator();
    CachedAnnotator cached = new CachedAnnotator(folder, "config A", counting);

    AnnotatedDocument first = cached.annotate(document("a", "Astana"));
    AnnotatedDocument again =
        new CachedAnnotator(folder, "config A", counting).annotate(document("b", "Astana"));

    assertThat(counting.calls).hasValue(1);
    assertThat(again.sentences()).isEqualTo(first.sentences());
    assertThat(again.document().id()).isEqualTo("b");
  }

  @Test
  void anotherConfiguration_annotatesAgain() {
    CountingAnnotator counting = new CountingAnnotator();
    new CachedAnnotator(folder, "config A", counting).annotate(document("a", "Astana"));
    new CachedAnnotator(folder, "config B", counting).annotate(document("a", "Astana"));

    assertThat(counting.calls).hasValue(2);
  }
}
