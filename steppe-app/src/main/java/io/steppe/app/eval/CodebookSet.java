package io.steppe.app.eval;

import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.model.SteppeException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CAMEO codebook's example sentences ({@code icews/cameo-codes.csv}, columns {@code code},
 * {@code root_code}, {@code example}; rows without an example say NA). An example is right at root
 * level when some asserted event has the row's root, and fully right when some asserted event has
 * the row's code; a root code "NN" and its generic "NN0" count as the same code.
 */
final class CodebookSet {
  static final String FILE = "icews/cameo-codes.csv";

  /** One codebook row with an example. */
  record Example(String code, String root, String text) {}

  /** The two shares, over the same examples. */
  record Result(Share root, Share full) {}

  private CodebookSet() {}

  static List<Example> read(Path file, int limit) {
    List<List<String>> rows = Csv.parse(text(file));
    if (rows.isEmpty()) {
      throw new SteppeException(file + ": empty, expected a header with code,root_code,example");
    }
    List<String> header = rows.get(0);
    int code = column(header, "code", file);
    int root = column(header, "root_code", file);
    int example = column(header, "example", file);
    List<Example> examples = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      String text = row.size() > example ? row.get(example).strip() : "";
      if (!text.isEmpty() && !text.equals("NA") && (limit <= 0 || examples.size() < limit)) {
        examples.add(new Example(row.get(code).strip(), row.get(root).strip(), text));
      }
    }
    return examples;
  }

  static List<Document> documents(List<Example> examples) {
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example example = examples.get(i);
      documents.add(
          new Document(
              "codebook-" + i + "-" + example.code(), null, null, null, null, example.text()));
    }
    return documents;
  }

  static Result score(List<Example> examples, List<List<Event>> events) {
    int root = 0;
    int full = 0;
    for (int i = 0; i < examples.size(); i++) {
      Verdict verdict = verdict(examples.get(i), events.get(i));
      root += verdict.root() ? 1 : 0;
      full += verdict.full() ? 1 : 0;
    }
    return new Result(new Share(root, examples.size()), new Share(full, examples.size()));
  }

  /** Whether some asserted event has the example's root, and its full code. */
  record Verdict(boolean root, boolean full) {
    /** For the details listing: "right", "root only" or "WRONG root". */
    String describe() {
      return full ? "right" : root ? "root only" : "WRONG root";
    }
  }

  static Verdict verdict(Example example, List<Event> events) {
    boolean root = false;
    boolean full = false;
    for (Event event : events) {
      if (event.modality() == Modality.ASSERTED) {
        root |= event.cameoRoot().equals(example.root());
        full |= generic(event.cameo()).equals(generic(example.code()));
      }
    }
    return new Verdict(root, full);
  }

  private static String generic(String code) {
    return code.length() == 2 ? code + "0" : code;
  }

  private static int column(List<String> header, String name, Path file) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new SteppeException(file + ":1: no column '" + name + "' in header " + header);
    }
    return index;
  }

  /**
   * The file's text. It is not valid UTF-8: its curly quotes were once read as Mac Roman and saved
   * as Windows-1252 ("Moscow‚Äôs"); undoing both steps gives the original text back.
   */
  static String text(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SteppeException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      String windows = new String(bytes, Charset.forName("windows-1252"));
      return new String(windows.getBytes(Charset.forName("x-MacRoman")), StandardCharsets.UTF_8);
    }
  }
}
