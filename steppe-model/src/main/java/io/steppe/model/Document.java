package io.steppe.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article as Steppe reads it (CONTRACT.md "Documents in").
 *
 * @param id stable identifier, unique within a store
 * @param date publication date; relative dates in the text resolve against it
 * @param text the plain text, boilerplate removed
 */
public record Document(
    String id,
    @Nullable LocalDate date,
    @Nullable String title,
    @Nullable String source,
    @Nullable String url,
    String text) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new SteppeException("document id must not be blank");
    }
  }
}
