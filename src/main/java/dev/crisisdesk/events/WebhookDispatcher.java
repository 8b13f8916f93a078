package dev.crisisdesk.events;

import dev.crisisdesk.events.WebhookStore.Progress;
import dev.crisisdesk.events.WebhookStore.Webhook;
import dev.crisisdesk.events.WebhookStore;
import dev.crisisdesk.store.Events;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to webhooks on its own thread, never in the way of comment processing. For each
 * webhook and brand one delivery is under way at a time and the cursor moves only on a 2xx, so
 * events arrive in order per brand and at least once; a failure (an error status, a refused
 * connection, no answer within the timeout) is retried with exponential backoff and jitter.
 * The cursor and the attempts are in the store, so a restart goes on where it stopped.
 *
 * <p>Each delivery resolves the webhook's host again and connects to the one address
 * {@link WebhookAddresses} checked (the URL's host still names the request and the TLS server), so
 * a webhook never reaches an internal address, even when its DNS answer changes. A failure is
 * recorded as a category ({@code internal_address}, {@code dns}, {@code timeout}, {@code connect},
 * {@code tls}, {@code http_503}, ...), never as the raw exception.
 */
public final class WebhookDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final long TICK_MILLIS = 200;
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

  private final WebhookStore store;
  private final Events events;
  private final Clock clock;
  private final Duration timeout;
  private final Duration firstRetry;
  private final HttpClientAgent http;
  private final WebhookAddresses addresses;
  private final ScheduledExecutorService thread;
  private final Set<String> underWay = ConcurrentHashMap.newKeySet();
  // lanes with nothing to send when the log ended at this event: skipped until the log grows
  private final Map<String, Long> idleAt = new ConcurrentHashMap<>();

  public WebhookDispatcher(Vertx vertx, WebhookStore store, Events events, Clock clock, Duration timeout, Duration firstRetry,
      WebhookAddresses addresses) {
    this.addresses = addresses;
    this.store = store;
    this.events = events;
    this.clock = clock;
    this.timeout = timeout;
    this.firstRetry = firstRetry;
    this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "webhooks");
      t.setDaemon(true);
      return t;
    });
    this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeout.toMillis())
        .setVerifyHost(true).setKeepAlive(false));
  }

  public void start() {
    thread.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void tick() {
    try {
      long now = clock.millis();
      long last = events.last();
      for (Webhook webhook : store.active()) {
        for (String brand : webhook.brands()) {
          String lane = webhook.id() + "/" + brand;
          if (underWay.contains(lane) || Long.valueOf(last).equals(idleAt.get(lane))) continue;
          Progress progress = store.progress(webhook, brand);
          if (progress.nextAt() > now) continue;
          Optional<Events.Event> next = store.next(webhook, brand, progress.deliveredSeq());
          if (next.isEmpty()) {
            idleAt.put(lane, last);
            continue;
          }
          idleAt.remove(lane);
          underWay.add(lane);
          send(webhook, brand, EventJson.of(next.get()), progress, lane);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("webhook delivery round failed; trying again", e);
    }
  }

  private void send(Webhook webhook, String brand, JsonObject event, Progress progress, String lane) {
    long seq = Long.parseLong(event.getString("id"));
    InetAddress address;
    try {
      address = addresses.resolve(webhook.url());
    } catch (WebhookAddresses.Refused e) {
      failed(webhook, brand, progress, lane, seq, e.category(), e.getMessage());
      return;
    }
    URI uri = URI.create(webhook.url());
    int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    byte[] body = event.encode().getBytes(StandardCharsets.UTF_8);
    RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(webhook.url())
        .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
        .setIdleTimeout(timeout.toMillis())
        .putHeader("Content-Type", "application/json")
        .putHeader(Signature.HEADER, Signature.of(webhook.secret(), body))
        .putHeader("X-Crisisdesk-Event", event.getString("type"))
        .putHeader("X-Crisisdesk-Delivery", event.getString("id"))
        .putHeader("X-Crisisdesk-Webhook", webhook.id());
    http.request(request)
        .compose(req -> req.send(Buffer.buffer(body)).compose(response -> response.end().map(response.statusCode())))
        .timeout(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS)
        .onComplete(result -> thread.execute(() -> {
          if (result.succeeded() && result.result() / 100 == 2) {
            try {
              store.delivered(webhook.id(), brand, seq);
            } catch (RuntimeException e) {
              LOG.warn("could not record a webhook delivery; it will be sent again", e);
            } finally {
              underWay.remove(lane);
            }
          } else if (result.succeeded()) {
            failed(webhook, brand, progress, lane, seq, "http_" + result.result(), "answered " + result.result());
          } else {
            failed(webhook, brand, progress, lane, seq, category(result.cause()), String.valueOf(result.cause().getMessage()));
          }
        }));
  }

  private void failed(Webhook webhook, String brand, Progress progress, String lane, long seq, String category, String detail) {
    try {
      int attempts = progress.attempts() + 1;
      store.failed(webhook.id(), brand, progress.deliveredSeq(), attempts, clock.millis() + backoff(attempts), category);
      LOG.info("webhook {} event {} attempt {} failed ({}: {}); retrying", webhook.id(), seq, attempts, category, detail);
    } catch (RuntimeException e) {
      LOG.warn("could not record a webhook delivery; it will be sent again", e);
    } finally {
      underWay.remove(lane);
    }
  }

  /** A delivery failure as a category a manager can act on, never the exception's text. */
  static String category(Throwable cause) {
    if (cause instanceof TimeoutException || cause instanceof io.netty.handler.timeout.TimeoutException
        || cause instanceof HttpClosedException && String.valueOf(cause.getMessage()).contains("idle")) {
      return "timeout";
    }
    if (cause instanceof SSLException) return "tls";
    if (cause instanceof ConnectException || cause instanceof io.netty.channel.ConnectTimeoutException) return "connect";
    if (cause instanceof HttpClosedException) return "closed";
    return "error";
  }

  /** The wait before attempt {@code attempts + 1}: doubling from the first retry up to 10 minutes, jittered. */
  private long backoff(int attempts) {
    long ceiling = Math.min(MAX_BACKOFF.toMillis(), firstRetry.toMillis() << Math.min(attempts - 1, 20));
    return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
  }

  @Override
  public void close() {
    thread.shutdownNow();
    http.close();
    try {
      thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
