package io.steppe.ingest;

import static io.steppe.ingest.TestFiles.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageGateTest {
  static final String FRENCH =
      "Le président du Kazakhstan a rencontré son homologue français à Paris. Les deux pays ont"
          + " signé un accord sur l'énergie et la coopération économique.";
  static final String RUSSIAN =
      "Россия и Казахстан подписали в понедельник соглашение о сотрудничестве в области"
          + " энергетики и транспорта.";

  @TempDir Path temp;

  @Test
  void read_frenchAndRussianArticles_areSkippedWithTheirLanguage() throws IOException {
    Path french = write("fr.txt", FRENCH);
    Path russian = write("ru.txt", RUSSIAN);

    assertThat(read(french, russian))
        .containsExactly(
            new IngestItem.Skipped(french.toString(), "fr", "fr"),
            new IngestItem.Skipped(russian.toString(), "ru", "ru"));
  }

  @Test
  void read_shortForeignText_isKeptBecauseDetectionIsUnsure() throws IOException {
    Path file = write("short.txt", "Le président a parlé.");

    assertThat(read(file)).singleElement().isInstanceOf(IngestItem.Accepted.class);
  }

  @Test
  void read_otherLanguagesAllowed_keepsThem() throws IOException {
    Path file = write("fr.txt", FRENCH);

    List<IngestItem> items =
        DocumentSource.read(List.of(file), new IngestOptions(1000, false)).toList();

    assertThat(items).singleElement().isInstanceOf(IngestItem.Accepted.class);
  }

  @Test
  void read_samples_areAllEnglishAndNoneIsSkipped() throws IOException {
    Path samples = Path.of("..", "samples");
    assumeTrue(Files.isDirectory(samples), "../samples is absent: nothing to check");
    long count;
    try (Stream<Path> files = Files.list(samples)) {
      count = files.filter(p -> !p.getFileName().toString().startsWith(".")).count();
    }

    List<IngestItem> items = read(samples);

    assertThat(items).hasSize((int) count).allMatch(IngestItem.Accepted.class::isInstance);
  }

  private Path write(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
