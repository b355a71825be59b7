package io.steppe.actors;

/** A problem in a dictionary file that does not stop Steppe but should be fixed. */
public record DictionaryIssue(String origin, String message) {
  @Override
  public String toString() {
    return origin + ": " + message;
  }
}
