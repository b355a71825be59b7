package io.steppe.ingest;

import java.nio.file.Path;
import java.util.stream.Stream;

/** Reads one kind of file. Never throws for a bad input: problems become rejected items. */
interface FileFormat {

  /** The documents in the file, in file order; the stream may hold the file open until closed. */
  Stream<IngestItem> read(Path file);
}
