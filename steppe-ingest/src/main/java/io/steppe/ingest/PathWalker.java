package io.steppe.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Expands directories into their files, recursively and lazily, each directory's entries sorted by
 * name so that two runs over the same tree read the same files in the same order.
 */
final class PathWalker {
  private final Function<Path, Stream<IngestItem>> fileReader;

  PathWalker(Function<Path, Stream<IngestItem>> fileReader) {
    this.fileReader = fileReader;
  }

  /** The items of a path the user named: a file is read whatever its name, a directory walked. */
  Stream<IngestItem> walk(Path path) {
    if (Files.isDirectory(path)) {
      return walkDirectory(path);
    }
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return Stream.of(new IngestItem.Rejected(path.toString(), "no such file or directory"));
    }
    return fileReader.apply(path);
  }

  private Stream<IngestItem> walkDirectory(Path directory) {
    List<Path> entries;
    try (Stream<Path> listing = Files.list(directory)) {
      entries =
          listing
              .filter(entry -> !isHidden(entry))
              .sorted(Comparator.comparing(entry -> entry.getFileName().toString()))
              .collect(Collectors.toList());
    } catch (IOException e) {
      return Stream.of(
          new IngestItem.Rejected(
              directory.toString(), "cannot list directory: " + FileLoader.describe(e)));
    }
    return entries.stream().flatMap(this::walkEntry);
  }

  private Stream<IngestItem> walkEntry(Path entry) {
    // Links to directories are not followed inside a walk: a link back up the tree would never end.
    if (Files.isSymbolicLink(entry) && Files.isDirectory(entry)) {
      return Stream.of(
          new IngestItem.Rejected(
              entry.toString(), "symbolic link to a directory not followed; name it directly"));
    }
    return walk(entry);
  }

  /** Dot files (.DS_Store, .git, editor backups) are never articles. */
  static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
