package io.steppe.model;

/**
 * Root of every exception Steppe throws on purpose. Messages say what was expected, what was found
 * and, where it helps, what the user can do about it.
 */
public class SteppeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SteppeException(String message) {
    super(message);
  }

  public SteppeException(String message, Throwable cause) {
    super(message, cause);
  }
}
