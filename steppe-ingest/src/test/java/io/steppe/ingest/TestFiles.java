package io.steppe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.Document;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** Test inputs under src/test/resources/io/steppe/ingest and shortcuts for reading them. */
final class TestFiles {
  private TestFiles() {}

  static Path resource(String name) {
    URL url = TestFiles.class.getResource(name);
    assertThat(url).as("test resource %s", name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<IngestItem> read(Path... paths) {
    return DocumentSource.read(List.of(paths)).toList();
  }

  /** The one document read from {@code path}, failing with the rejection if there is none. */
  static Document single(Path path) {
    List<IngestItem> items = read(path);
    assertThat(items).hasSize(1);
    assertThat(items.get(0)).isInstanceOf(IngestItem.Accepted.class);
    return ((IngestItem.Accepted) items.get(0)).document();
  }

  /** The one rejection read from {@code path}. */
  static IngestItem.Rejected rejected(Path path) {
    List<IngestItem> items = read(path);
    assertThat(items).hasSize(1);
    assertThat(items.get(0)).isInstanceOf(IngestItem.Rejected.class);
    return (IngestItem.Rejected) items.get(0);
  }
}
