package io.steppe.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code .jsonl} files lazily, line by line: corpora in this format are often far larger than
 * any single article, so the size limit applies to each line rather than to the file. A bad line is
 * rejected on its own; every other line is still read.
 */
final class JsonLinesFormat implements FileFormat {
  private final IngestOptions options;

  JsonLinesFormat(IngestOptions options) {
    this.options = options;
  }

  @Override
  public Stream<IngestItem> read(Path file) {
    String origin = file.toString();
    InputStream in = null;
    try {
      in = new BufferedInputStream(Files.newInputStream(file));
      checkNotBinary(in);
      Iterator<IngestItem> items = new Items(origin, new ByteLines(in, options.maxFileBytes()));
      InputStream opened = in;
      return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
              false)
          .onClose(() -> close(opened));
    } catch (IOException e) {
      close(in);
      return Stream.of(
          new IngestItem.Rejected(origin, "cannot read file: " + FileLoader.describe(e)));
    } catch (RejectedInputException e) {
      close(in);
      return Stream.of(e.at(origin));
    }
  }

  private static void checkNotBinary(InputStream in) throws IOException, RejectedInputException {
    in.mark(FileLoader.BINARY_SNIFF_BYTES);
    byte[] head = in.readNBytes(FileLoader.BINARY_SNIFF_BYTES);
    in.reset();
    FileLoader.checkNotBinary(head, head.length);
  }

  private static void close(@Nullable InputStream in) {
    if (in == null) {
      return;
    }
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The items of one file, produced as the consumer asks for them. */
  private final class Items implements Iterator<IngestItem> {
    private final String origin;
    private final ByteLines lines;
    private final JsonLineParser parser;
    private @Nullable IngestItem next;
    private boolean done;
    private boolean anyContent;

    Items(String origin, ByteLines lines) {
      this.origin = origin;
      this.lines = lines;
      this.parser = new JsonLineParser(origin);
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public IngestItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      IngestItem item = next;
      next = null;
      return item;
    }

    /** The item of the next line, or null when that line holds none (blank, or end of file). */
    private @Nullable IngestItem advance() {
      ByteLines.Line line;
      try {
        line = lines.next();
      } catch (IOException e) {
        done = true;
        return new IngestItem.Rejected(origin, "read error: " + FileLoader.describe(e));
      }
      if (line == null) {
        done = true;
        return anyContent ? null : new IngestItem.Rejected(origin, "empty file: no documents");
      }
      return item(line);
    }

    private @Nullable IngestItem item(ByteLines.Line line) {
      String lineOrigin = origin + ":" + line.number();
      byte[] bytes = line.bytes();
      if (bytes == null) {
        anyContent = true;
        return new IngestItem.Rejected(lineOrigin, FileLoader.tooLarge("line is", options));
      }
      String json;
      try {
        json = FileLoader.decode(bytes, line.offset());
      } catch (RejectedInputException e) {
        anyContent = true;
        return e.at(lineOrigin);
      }
      json = line.number() == 1 ? TextNormalizer.withoutBom(json) : json;
      if (json.isBlank()) {
        return null;
      }
      anyContent = true;
      return parser.parse(json, line.number());
    }
  }
}
