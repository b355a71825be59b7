package io.steppe.app.pipeline;

import io.steppe.coder.CodingScreen;
import io.steppe.coder.Lexicon;
import io.steppe.model.SteppeException;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParsedSentence;
import io.steppe.nlp.NlpConfig;
import io.steppe.store.CodedDocument;
import io.steppe.store.EventStore;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Codes stored documents again from their stored annotations, after a lexicon or dictionary change,
 * and counts what changed. A document is annotated anew only when it was stored without
 * annotations, or when the new lexicon reaches a sentence the parse screen had passed over. Each
 * document's new coding replaces the old in one transaction, so an interrupted recode is simply run
 * again.
 */
public final class Recoder {
  private final EventStore store;
  private final Engine engine;
  private final CodingScreen screen;
  private final int maxParsedTokens = NlpConfig.defaults().maxSentenceTokens();

  /**
   * @param engine codes with the new lexicon and dictionary; its annotator is used only when a
   *     document must be annotated anew
   */
  public Recoder(EventStore store, Engine engine, Lexicon lexicon) {
    this.store = store;
    this.engine = engine;
    this.screen = new CodingScreen(lexicon);
  }

  /**
   * @param write false for a dry run, which only reports
   * @param onChange receives each changed event as a line ("+ ...", "- ...", "~ ... -> ...")
   */
  public RecodeReport run(boolean write, Progress progress, Consumer<String> onChange) {
    RecodeReport.Tally tally = new RecodeReport.Tally();
    for (String id : store.codedDocumentIds()) {
      CodedDocument stored =
          store
              .document(id)
              .orElseThrow(
                  () -> new SteppeException("document '" + id + "' vanished during recode"));
      AnnotatedDocument annotated = annotations(id, stored, tally);
      Engine.Coded coded = engine.code(annotated);
      EventDiff diff = EventDiff.of(stored.events(), coded.events());
      diff.changes().forEach(onChange);
      tally.add(diff);
      if (write) {
        store.replaceCoded(id, annotated.sentences(), coded.events(), coded.claims());
      }
      progress.step();
    }
    progress.finish();
    return tally.report();
  }

  private AnnotatedDocument annotations(String id, CodedDocument stored, RecodeReport.Tally tally) {
    Optional<AnnotatedDocument> cached = store.annotations(id);
    if (cached.isEmpty()) {
      tally.annotatedAnew++;
      return engine.annotator().annotate(stored.document());
    }
    if (reachesUnparsed(cached.get())) {
      tally.parsedAgain++;
      return engine.annotator().annotate(stored.document());
    }
    return cached.get();
  }

  /** Whether the new lexicon would parse a sentence that was stored without its parse. */
  private boolean reachesUnparsed(AnnotatedDocument document) {
    List<ParsedSentence> sentences = document.sentences();
    BitSet chosen = screen.select(sentences.stream().map(ParsedSentence::tokens).toList());
    return chosen.stream()
        .mapToObj(sentences::get)
        .anyMatch(s -> s.tokens().size() <= maxParsedTokens && !isParsed(s));
  }

  private static boolean isParsed(ParsedSentence sentence) {
    return sentence.tokens().stream().anyMatch(t -> t.relation().equals("root"));
  }
}
