package io.steppe.app.server;

/**
 * One client's allowance: {@code perSecond} requests a second on average, in bursts of up to a
 * second's worth. Tokens are counted in nanoseconds of refill so that no rounding drifts.
 */
final class TokenBucket {
  private static final long SECOND = 1_000_000_000L;

  private final long nanosPerToken;
  private final long capacity;
  private long available;
  private long refilledAt;

  TokenBucket(int perSecond, long now) {
    this.nanosPerToken = SECOND / perSecond;
    this.capacity = nanosPerToken * perSecond;
    this.available = capacity;
    this.refilledAt = now;
  }

  /**
   * Takes one token at time {@code now}; returns 0 if one was there, else the nanoseconds to wait.
   */
  synchronized long take(long now) {
    available = Math.min(capacity, available + Math.max(0, now - refilledAt));
    refilledAt = now;
    if (available >= nanosPerToken) {
      available -= nanosPerToken;
      return 0;
    }
    return nanosPerToken - available;
  }
}
