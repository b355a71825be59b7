package io.steppe.app.eval;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorResolver;
import io.steppe.actors.petrarch.PetrarchActors;
import io.steppe.app.eval.EvalOptions.PetrarchFiles;
import io.steppe.app.eval.ValidationRecords.ValidationRecord;
import io.steppe.app.pipeline.LazyAnnotator;
import io.steppe.coder.EventCoder;
import io.steppe.coder.Lexicon;
import io.steppe.coder.LocationGolden;
import io.steppe.coder.petrarch.DiscardList;
import io.steppe.coder.petrarch.PetrarchVerbs;
import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.model.SteppeException;
import io.steppe.model.TsvLine;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.nlp.Annotator;
import io.steppe.nlp.CoreNlpAnnotator;
import io.steppe.nlp.NlpConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@code steppe eval}: each set is read, annotated once with Steppe's CoreNLP pipeline, coded
 * and scored, and its figures printed as soon as they are known; coding speed is then measured on
 * the sentences already annotated.
 */
public final class Evaluation {
  private final EvalOptions options;
  private final EvalPrinter printer;
  private final PrintWriter out;
  private final Annotator annotator;
  private final EventCoder steppe =
      new EventCoder(Lexicon.bundled(), new ActorResolver(ActorDictionary.bundled()));
  private final List<AnnotatedDocument> annotated = new ArrayList<>();
  private final ScreenTally screen = new ScreenTally();

  /** Every figure measured; a set not run is null. */
  public record Report(
      CodebookSet.@Nullable Result codebook,
      PloverSet.@Nullable Result plover,
      PetrarchSet.@Nullable Result petrarch,
      LocationGolden.@Nullable Result locations,
      CodingSpeed.@Nullable Result speed,
      ScreenTally.Result screen) {}

  private Evaluation(EvalOptions options, PrintWriter out) {
    this.options = options;
    this.annotator = annotator(options.annotationCache());
    this.printer = new EvalPrinter(out, options);
    this.out = out;
  }

  private static Annotator annotator(@Nullable Path cache) {
    if (cache == null) {
      return new CoreNlpAnnotator();
    }
    return new CachedAnnotator(
        cache,
        CoreNlpAnnotator.describe(NlpConfig.defaults(), "none"),
        new LazyAnnotator(CoreNlpAnnotator::new));
  }

  public static Report run(EvalOptions options, PrintWriter out) {
    Evaluation evaluation = new Evaluation(options, out);
    evaluation.printer.header(evaluation.annotator.describe(), Lexicon.bundled().size());
    Report report =
        new Report(
            evaluation.wants("codebook") ? evaluation.codebook() : null,
            evaluation.wants("plover") ? evaluation.plover() : null,
            evaluation.wants("petrarch") ? evaluation.petrarch() : null,
            evaluation.wants("locations") ? evaluation.locations() : null,
            evaluation.wants("speed") ? evaluation.speed() : null,
            evaluation.screen.result());
    evaluation.printer.screen(report.screen());
    out.flush();
    return report;
  }

  private boolean wants(String set) {
    return options.sets().contains(set);
  }

  private CodebookSet.Result codebook() {
    List<CodebookSet.Example> examples = CodebookSet.read(file(CodebookSet.FILE), options.limit());
    List<List<Event>> events = code(CodebookSet.documents(examples), steppe, Lexicon.bundled());
    CodebookSet.Result result = CodebookSet.score(examples, events);
    printer.codebook(result, examples, events);
    return result;
  }

  private PloverSet.Result plover() {
    PloverSet.Reading reading = PloverSet.read(file(PloverSet.FILE), options.limit());
    List<List<Event>> events =
        code(PloverSet.documents(reading.records()), steppe, Lexicon.bundled());
    PloverSet.Result result = PloverSet.score(reading.records(), events);
    printer.plover(result, reading, events);
    PlaceFigures.actorTexts(file(PloverSet.FILE), out, options.details());
    return result;
  }

  private LocationGolden.Result locations() {
    List<LocationGolden.Example> examples =
        LocationGolden.read(TsvLine.readFile(existing(PlaceFigures.locationsFile())));
    if (options.limit() > 0 && examples.size() > options.limit()) {
      examples = examples.subList(0, options.limit());
    }
    List<Document> documents = new ArrayList<>();
    examples.forEach(example -> documents.add(example.document()));
    LocationGolden.Result result =
        LocationGolden.score(examples, code(documents, steppe, Lexicon.bundled()));
    PlaceFigures.printLocations(out, result, printer.command("locations"), options.details());
    return result;
  }

  private PetrarchSet.Result petrarch() {
    PetrarchFiles files = options.petrarch().orSuite(options.data());
    List<ValidationRecord> records =
        ValidationRecords.read(file(PetrarchSet.RECORDS), options.limit());
    PetrarchVerbs.Reading verbs = PetrarchVerbs.read(existing(files.verbs()));
    files.actors().forEach(Evaluation::existing);
    files.agents().forEach(Evaluation::existing);
    PetrarchActors.Reading actors = PetrarchActors.read(files.actors(), files.agents());
    DiscardList discards =
        files.discards() != null && Files.isRegularFile(files.discards())
            ? DiscardList.read(files.discards())
            : null;
    EventCoder coder = new EventCoder(verbs.lexicon(), new ActorResolver(actors.dictionary()));
    List<List<Event>> events = code(PetrarchSet.documents(records), coder, verbs.lexicon());
    PetrarchSet.Result result = PetrarchSet.score(records, events, discards);
    printer.dictionaries(files, verbs.tally(), actors.tally(), discards);
    printer.petrarch(result, records, events, discards);
    return result;
  }

  private CodingSpeed.Result speed() {
    if (annotated.isEmpty()) {
      List<Document> documents = new ArrayList<>();
      documents.addAll(
          CodebookSet.documents(CodebookSet.read(file(CodebookSet.FILE), options.limit())));
      documents.addAll(
          PloverSet.documents(PloverSet.read(file(PloverSet.FILE), options.limit()).records()));
      documents.addAll(
          PetrarchSet.documents(
              ValidationRecords.read(file(PetrarchSet.RECORDS), options.limit())));
      annotated.addAll(Annotations.of(annotator, documents));
    }
    CodingSpeed.Result result = CodingSpeed.measure(steppe, annotated, options.speedSeconds());
    printer.speed(result);
    return result;
  }

  /**
   * Annotates the documents, keeps them for the speed figure, codes them, and counts what the
   * lexicon's parse screen would have skipped.
   */
  private List<List<Event>> code(List<Document> documents, EventCoder coder, Lexicon lexicon) {
    List<AnnotatedDocument> done = Annotations.of(annotator, documents);
    annotated.addAll(done);
    List<List<Event>> events = new ArrayList<>();
    for (AnnotatedDocument document : done) {
      List<Event> coded = coder.code(document);
      screen.add(lexicon, document, coded);
      events.add(coded);
    }
    return events;
  }

  private Path file(String relative) {
    return existing(options.data().resolve(relative));
  }

  private static Path existing(@Nullable Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      throw new SteppeException(
          "evaluation file not found: "
              + file
              + " (pass --data DIR, the folder holding icews/, PLOVER/ and UniversalPetrarch/)");
    }
    return file;
  }
}
