package io.steppe.app.server;

import io.steppe.model.SteppeException;
import org.jspecify.annotations.Nullable;

/**
 * A request the API refuses, with what an RFC 9457 problem-details answer needs to explain it. The
 * message is the problem's {@code detail}.
 */
final class ApiProblem extends SteppeException {
  private static final long serialVersionUID = 1L;

  /** Problem type of every invalid-parameter answer. */
  static final String INVALID_PARAMETER = "urn:steppe:problem:invalid-parameter";

  private final int status;
  private final String type;
  private final String title;
  private final @Nullable String parameter;

  private ApiProblem(
      int status, String type, String title, String detail, @Nullable String parameter) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.parameter = parameter;
  }

  /** 400: the named parameter is missing, malformed or out of range; the reason says which. */
  static ApiProblem badParameter(String name, String reason) {
    return new ApiProblem(
        400, INVALID_PARAMETER, "Invalid parameter", "parameter '" + name + "' " + reason, name);
  }

  /** 404: nothing is stored or served under the name the request gave. */
  static ApiProblem notFound(String detail) {
    return status(404, "Not Found", detail);
  }

  /** A problem known by its HTTP status alone (RFC 9457 type {@code about:blank}). */
  static ApiProblem status(int status, String title, String detail) {
    return new ApiProblem(status, "about:blank", title, detail, null);
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }

  String title() {
    return title;
  }

  /** The parameter at fault, for a 400; null otherwise. */
  @Nullable String parameter() {
    return parameter;
  }
}
