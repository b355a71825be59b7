package io.steppe.app.exchange;

import io.steppe.model.CameoTable;
import io.steppe.model.SteppeException;
import io.steppe.store.EventStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads GDELT 2.0 event files (tab-separated, or the {@code .zip} files GDELT publishes) into a
 * store: one synthetic document per SOURCEURL, see {@link GdeltDocuments}. Rows of every file are
 * grouped first, so one run gives a url one document. A document already stored is skipped whole,
 * which makes importing the same files again add nothing. Each rejected line is printed as {@code
 * file:line: reason} and the rest is still imported.
 */
public final class GdeltImport {

  /** What an import did. */
  public record Report(int documents, int events, int skipped, int rejected) {}

  private record Row(GdeltRecord record, String where) {}

  private final GdeltParser parser;
  private final PrintWriter err;
  private final Map<String, List<Row>> byDocument = new LinkedHashMap<>();
  private final Map<Long, String> seen = new HashMap<>();
  private int rejected;

  private GdeltImport(PrintWriter err) {
    this.parser = new GdeltParser(CameoTable.bundled(), CountryCodes.bundled());
    this.err = err;
  }

  /** Imports the files into the store, printing rejected lines to {@code err}. */
  public static Report run(List<Path> files, EventStore store, PrintWriter err) {
    GdeltImport importer = new GdeltImport(err);
    for (Path file : files) {
      importer.read(file);
    }
    return importer.save(store);
  }

  private void read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
        readZip(new ZipInputStream(in), file.toString());
      } else {
        readLines(in, file.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GDELT file " + file, e);
    }
  }

  private void readZip(ZipInputStream zip, String name) throws IOException {
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      if (!entry.isDirectory()) {
        readLines(zip, name + "!" + entry.getName());
      }
    }
  }

  private void readLines(InputStream in, String name) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (!line.isBlank()) {
        accept(line, name + ":" + number);
      }
    }
  }

  private void accept(String line, String where) {
    GdeltRecord record;
    try {
      record = parser.parse(line);
    } catch (SteppeException e) {
      reject(where, e.getMessage());
      return;
    }
    String earlier = seen.putIfAbsent(record.globalEventId(), where);
    if (earlier != null) {
      reject(where, "GlobalEventID " + record.globalEventId() + " already read at " + earlier);
      return;
    }
    byDocument
        .computeIfAbsent(record.documentId(), id -> new ArrayList<>())
        .add(new Row(record, where));
  }

  private void reject(String where, String reason) {
    rejected++;
    err.println(where + ": " + reason);
  }

  private Report save(EventStore store) {
    int documents = 0;
    int events = 0;
    int skipped = 0;
    for (Map.Entry<String, List<Row>> entry : byDocument.entrySet()) {
      if (store.contains(entry.getKey())) {
        skipped++;
        continue;
      }
      List<Row> rows = entry.getValue();
      GdeltDocuments.Coded coded =
          GdeltDocuments.of(rows.stream().map(Row::record).toList(), rows.get(0).where());
      try {
        store.saveCoded(coded.document(), coded.sentences(), coded.events());
        documents++;
        events += coded.events().size();
      } catch (SteppeException e) {
        rows.forEach(row -> reject(row.where(), e.getMessage()));
      }
    }
    err.flush();
    return new Report(documents, events, skipped, rejected);
  }
}
