package dev.crisisdesk.http;

import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Per-key request rate: a token bucket per key that refills {@code perSecond} tokens a second and
 * holds twice that, so a key may burst. A request with no token left is answered 429
 * {@code rate_limited} with {@code Retry-After}, before any work is done. Runs after authentication.
 * {@link #perAddress(int)} is the same by client address, before authentication, so a flood of
 * unknown keys never reaches the store that would look them up.
 */
public final class RateLimits {
  /** Addresses remembered at most; past it the buckets start afresh (a flood of addresses resets itself). */
  private static final int MAX_BUCKETS = 100_000;

  private final Function<RoutingContext, String> keyOf;
  private final String who;
  private final double perSecond;
  private final double capacity;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimits(int perSecond) {
    this(perSecond, System::nanoTime);
  }

  RateLimits(int perSecond, LongSupplier nanoTime) {
    this(ctx -> Requests.principal(ctx).keyId(), "this key", perSecond, nanoTime);
  }

  /** Requests per second one client address may make before its key is even looked at. */
  public static RateLimits perAddress(int perSecond) {
    return new RateLimits(ctx -> ctx.request().remoteAddress() == null ? "?" : ctx.request().remoteAddress().hostAddress(),
        "this address", perSecond, System::nanoTime);
  }

  private RateLimits(Function<RoutingContext, String> keyOf, String who, int perSecond, LongSupplier nanoTime) {
    this.keyOf = keyOf;
    this.who = who;
    this.perSecond = perSecond;
    this.capacity = 2.0 * perSecond;
    this.nanoTime = nanoTime;
  }

  public void check(RoutingContext ctx) {
    if (perSecond == 0) {
      ctx.next();
      return;
    }
    String key = keyOf.apply(ctx);
    if (buckets.size() > MAX_BUCKETS) buckets.clear();
    long waitSeconds = buckets.computeIfAbsent(key, k -> new Bucket(capacity, nanoTime.getAsLong())).take(nanoTime.getAsLong());
    if (waitSeconds == 0) {
      ctx.next();
    } else {
      ctx.response().putHeader("Retry-After", String.valueOf(waitSeconds));
      ctx.fail(new ApiException(429, "rate_limited",
          who + " made more than " + (long) perSecond + " requests a second; retry after " + waitSeconds + " s", null));
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
