package io.steppe.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.model.Document;
import io.steppe.model.SteppeException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A corpus of any size for benchmarks: documents of 6 to 20 paragraphs drawn at random (fixed seed)
 * from the paragraphs of the given articles, written as JSON Lines. Drawn documents share too
 * little text to be taken for near-duplicates, so every one goes through the whole pipeline.
 */
final class SyntheticCorpus {
  private static final long SEED = 20_250_613L;

  private SyntheticCorpus() {}

  static Path write(List<Path> articles, int documents, Path dir) {
    List<String> paragraphs = paragraphs(articles);
    if (paragraphs.isEmpty()) {
      throw new SteppeException("no paragraphs to build a synthetic corpus from in " + articles);
    }
    Random random = new Random(SEED);
    ObjectMapper json = new ObjectMapper();
    Path file = dir.resolve("synthetic-" + documents + ".jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      for (int i = 0; i < documents; i++) {
        int length = 6 + random.nextInt(15);
        List<String> drawn = new ArrayList<>(length);
        for (int p = 0; p < length; p++) {
          drawn.add(paragraphs.get(random.nextInt(paragraphs.size())));
        }
        ObjectNode line = json.createObjectNode();
        line.put("id", "synthetic-" + i);
        line.put("date", LocalDate.of(2025, 6, 13).plusDays(i % 365).toString());
        line.put("text", String.join("\n\n", drawn));
        out.write(json.writeValueAsString(line));
        out.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the synthetic corpus to " + file, e);
    }
    return file;
  }

  private static List<String> paragraphs(List<Path> articles) {
    List<String> paragraphs = new ArrayList<>();
    try (Stream<Document> documents = ThroughputBench.documents(articles)) {
      documents
          .map(Document::text)
          .forEach(
              text -> {
                for (String paragraph : text.split("\\n\\s*\\n")) {
                  if (paragraph.strip().length() > 40) {
                    paragraphs.add(paragraph.strip());
                  }
                }
              });
    }
    return paragraphs;
  }
}
