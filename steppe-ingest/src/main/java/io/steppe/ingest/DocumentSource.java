package io.steppe.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads documents from files and directories.
 *
 * <p>Formats by extension: {@code .txt} and {@code .md} (optional {@code Key: value} front matter),
 * {@code .html}/{@code .htm}, {@code .jsonl} (CONTRACT.md), {@code .xml}/{@code .rss}/{@code .atom}
 * feeds; files without a known extension are read as feeds when they start like XML. Hidden files
 * are skipped silently; every other problem becomes an {@link IngestItem.Rejected} naming the file
 * (and line) and the reason, and reading goes on. Files not in UTF-8 are converted when their
 * encoding is detected with confidence ({@link IngestItem.Notice}); documents not in English are
 * {@link IngestItem.Skipped} unless {@link IngestOptions#skipOtherLanguages()} is off.
 */
public final class DocumentSource {
  private DocumentSource() {}

  /** Reads with {@link IngestOptions#defaults()}. */
  public static Stream<IngestItem> read(List<Path> paths) {
    return read(paths, IngestOptions.defaults());
  }

  /**
   * Reads files and directories (recursively, in sorted path order so runs are deterministic),
   * lazily: a file is opened only when the stream reaches it. Paths are read in the order given;
   * within a directory, entries are sorted by name. Close the stream when not reading it to the
   * end, so that an open JSON Lines file is released.
   */
  public static Stream<IngestItem> read(List<Path> paths, IngestOptions options) {
    Objects.requireNonNull(options, "options");
    List<Path> inputs = List.copyOf(paths);
    PathWalker walker = new PathWalker(new Formats(options)::read);
    Stream<IngestItem> items = inputs.stream().flatMap(walker::walk);
    return options.skipOtherLanguages()
        ? items.map(item -> LanguageGate.standard().check(item))
        : items;
  }
}
