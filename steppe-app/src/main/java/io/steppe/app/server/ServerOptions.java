package io.steppe.app.server;

import io.steppe.model.SteppeException;
import org.jspecify.annotations.Nullable;

/**
 * How {@code steppe serve} listens and whom it answers.
 *
 * @param host the address to listen on; a loopback address keeps the server to this machine
 * @param port the port, or 0 for any free one
 * @param rateLimit requests per second each client address may send, 0 for no limit
 * @param token the bearer token every API request must carry, or null for none
 */
public record ServerOptions(String host, int port, int rateLimit, @Nullable String token) {
  /** The default limit: the dashboard sends a dozen requests when it loads, a script far more. */
  public static final int DEFAULT_RATE_LIMIT = 100;

  /** Refuses a port out of range, a negative limit and an open address without a token. */
  public ServerOptions {
    if (port < 0 || port > 65_535) {
      throw new SteppeException("the port must be 0 to 65535, found " + port);
    }
    if (rateLimit < 0) {
      throw new SteppeException("the rate limit must be 0 (none) or more, found " + rateLimit);
    }
    if (token == null && !SteppeServer.isLoopback(host)) {
      throw new SteppeException(
          host
              + " is not a loopback address: anyone who can reach it could read the store."
              + " Give --token-file FILE or set STEPPE_TOKEN so that only clients with the token"
              + " can, or listen on 127.0.0.1");
    }
  }

  /** This machine only, the default rate limit, no token. */
  public static ServerOptions loopback(int port) {
    return new ServerOptions("127.0.0.1", port, DEFAULT_RATE_LIMIT, null);
  }
}
