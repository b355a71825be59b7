package io.steppe.ingest;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One line of a JSON Lines corpus (CONTRACT.md "Documents in") read on its own, for readers that
 * split a corpus into pieces read on different machines. The checks are those of {@code .jsonl}
 * files read by {@link DocumentSource}, except repeated ids: a line alone cannot see the others, so
 * finding them is the caller's job.
 */
public final class JsonLines {
  private JsonLines() {}

  /**
   * The document a line holds, or why there is none.
   *
   * @param bytes the line's UTF-8 bytes, without its line break, in the first {@code length}
   * @param fileOffset where the line starts in its file: only the first line may open with a byte
   *     order mark, and an invalid byte is reported at its offset in the file
   * @param origin where the line is, for the rejection
   * @return an accepted or rejected item, or null when the line is blank
   */
  public static @Nullable IngestItem read(
      byte[] bytes, int length, long fileOffset, String origin) {
    String json;
    try {
      json = FileLoader.decode(Arrays.copyOf(bytes, length), fileOffset);
    } catch (RejectedInputException e) {
      return e.at(origin);
    }
    json = fileOffset == 0 ? TextNormalizer.withoutBom(json) : json;
    return json.isBlank() ? null : JsonLineParser.parseAlone(json, origin);
  }
}
