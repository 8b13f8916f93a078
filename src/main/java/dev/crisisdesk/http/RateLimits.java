package dev.crisisdesk.http;

import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-key request rate: a token bucket per key that refills {@code perSecond} tokens a second and
 * holds twice that, so a key may burst. A request with no token left is answered 429
 * {@code rate_limited} with {@code Retry-After}, before any work is done. Runs after authentication.
 */
public final class RateLimits {
  private final double perSecond;
  private final double capacity;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimits(int perSecond) {
    this(perSecond, System::nanoTime);
  }

  RateLimits(int perSecond, LongSupplier nanoTime) {
    this.perSecond = perSecond;
    this.capacity = 2.0 * perSecond;
    this.nanoTime = nanoTime;
  }

  public void check(RoutingContext ctx) {
    if (perSecond == 0) {
      ctx.next();
      return;
    }
    String key = Requests.principal(ctx).keyId();
    long waitSeconds = buckets.computeIfAbsent(key, k -> new Bucket(capacity, nanoTime.getAsLong())).take(nanoTime.getAsLong());
    if (waitSeconds == 0) {
      ctx.next();
    } else {
      ctx.response().putHeader("Retry-After", String.valueOf(waitSeconds));
      ctx.fail(new ApiException(429, "rate_limited",
          "this key made more than " + (long) perSecond + " requests a second; retry after " + waitSeconds + " s", null));
    }
  }

  private final class Bucket {
    private double tokens;
    private long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }

    /** 0 when a token was taken; else the whole seconds until one is there. */
    synchronized long take(long now) {
      tokens = Math.min(capacity, tokens + (now - at) / 1e9 * perSecond);
      at = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }
  }
}
