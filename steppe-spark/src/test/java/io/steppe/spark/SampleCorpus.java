package io.steppe.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.steppe.ingest.DocumentSource;
import io.steppe.ingest.IngestItem;
import io.steppe.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled samples as one JSON Lines file, each document with the id, date and fields
 * single-machine ingest gives the {@code .txt} file, followed by lines that test the checks: a
 * broken line, a repeated id, an exact and a near copy, and an undated document.
 */
final class SampleCorpus {
  static final int REJECTED = 2;
  static final int DUPLICATES = 2;

  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleCorpus() {}

  static Path write(Path samples, Path file) throws IOException {
    List<Document> documents = read(samples);
    List<String> lines = new ArrayList<>();
    for (Document document : documents) {
      lines.add(line(document));
    }
    Document first = documents.get(0);
    Document second = documents.get(1);
    lines.add("{\"id\": \"broken\", \"text\": ");
    lines.add(line(new Document(documents.get(2).id(), null, null, null, null, "Other words.")));
    lines.add(line(new Document("exact-copy", first.date(), null, null, null, first.text())));
    String nearText = second.text().replaceFirst(" the ", " a ");
    lines.add(line(new Document("near-copy", second.date(), null, null, null, nearText)));
    lines.add(
        line(
            new Document(
                "undated",
                null,
                null,
                null,
                null,
                "Kazakhstan's foreign ministry condemned the strikes on Iran.")));
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static List<Document> read(Path samples) {
    try (Stream<IngestItem> items = DocumentSource.read(List.of(samples))) {
      return items.map(item -> ((IngestItem.Accepted) item).document()).toList();
    }
  }

  private static String line(Document document) throws JsonProcessingException {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", document.id());
    if (document.date() != null) {
      fields.put("date", document.date().toString());
    }
    fields.put("title", document.title());
    fields.put("source", document.source());
    fields.put("url", document.url());
    fields.put("text", document.text());
    return JSON.writeValueAsString(fields);
  }
}
