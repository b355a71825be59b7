package io.steppe.model;

/** Character offsets [start, end) within the sentence text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new SteppeException("invalid span [" + start + ", " + end + "]");
    }
  }
}
