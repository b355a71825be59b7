package io.steppe.app.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import java.time.Duration;

/**
 * Limits each client address to a number of requests a second with a token bucket; a client over
 * its limit gets 429 with {@code Retry-After}. Buckets of clients that went quiet are dropped, and
 * at most {@link #CLIENTS} are kept, so a flood of addresses cannot fill the memory.
 */
final class RateLimiter {
  static final int CLIENTS = 10_000;

  private final int perSecond;
  private final Cache<String, TokenBucket> buckets =
      Caffeine.newBuilder().maximumSize(CLIENTS).expireAfterAccess(Duration.ofMinutes(1)).build();

  RateLimiter(int perSecond) {
    if (perSecond < 1) {
      throw new IllegalArgumentException("a rate limit is at least 1 request/s: " + perSecond);
    }
    this.perSecond = perSecond;
  }

  void apply(Context ctx) {
    long now = System.nanoTime();
    TokenBucket bucket = buckets.get(ctx.ip(), ip -> new TokenBucket(perSecond, now));
    long waitNanos = bucket.take(now);
    if (waitNanos > 0) {
      long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
      ctx.header("Retry-After", Long.toString(seconds));
      throw ApiProblem.status(
          429,
          "Too Many Requests",
          "this client sent more than "
              + perSecond
              + " requests per second; wait "
              + seconds
              + " s (Retry-After) or start the server with a higher --rate-limit");
    }
  }
}
