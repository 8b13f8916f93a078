package dev.crisisdesk.events;

import dev.crisisdesk.store.Events;
import dev.crisisdesk.store.WebhookStore;
import dev.crisisdesk.store.WebhookStore.Progress;
import dev.crisisdesk.store.WebhookStore.Webhook;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to webhooks on its own thread, never in the way of comment processing. For each
 * webhook and brand one delivery is under way at a time and the cursor moves only on a 2xx, so
 * events arrive in order per brand and at least once; a failure (an error status, a refused
 * connection, no answer within the timeout) is retried with exponential backoff and jitter.
 * The cursor and the attempts are in the store, so a restart goes on where it stopped.
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
  private final HttpClient http;
  private final java.util.concurrent.ExecutorService httpThreads;
  private final ScheduledExecutorService thread;
  private final Set<String> underWay = ConcurrentHashMap.newKeySet();
  // lanes with nothing to send when the log ended at this event: skipped until the log grows
  private final java.util.Map<String, Long> idleAt = new ConcurrentHashMap<>();

  public WebhookDispatcher(WebhookStore store, Events events, Clock clock, Duration timeout, Duration firstRetry) {
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
    this.httpThreads = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "webhook-http");
      t.setDaemon(true);
      return t;
    });
    this.http = HttpClient.newBuilder().connectTimeout(timeout).executor(httpThreads).build();
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
          java.util.Optional<JsonObject> next = store.next(webhook, brand, progress.deliveredSeq());
          if (next.isEmpty()) {
            idleAt.put(lane, last);
            continue;
          }
          idleAt.remove(lane);
          underWay.add(lane);
          send(webhook, brand, next.get(), progress, lane);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("webhook delivery round failed; trying again", e);
    }
  }

  private void send(Webhook webhook, String brand, JsonObject event, Progress progress, String lane) {
    byte[] body = event.encode().getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(timeout)
        .header("Content-Type", "application/json")
        .header(Signature.HEADER, Signature.of(webhook.secret(), body))
        .header("X-Crisisdesk-Event", event.getString("type"))
        .header("X-Crisisdesk-Delivery", event.getString("id"))
        .header("X-Crisisdesk-Webhook", webhook.id())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> thread.execute(() -> {
      try {
        long seq = Long.parseLong(event.getString("id"));
        if (error == null && response.statusCode() / 100 == 2) {
          store.delivered(webhook.id(), brand, seq);
        } else {
          int attempts = progress.attempts() + 1;
          Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
          String why = cause != null ? cause.getClass().getSimpleName() + ": " + cause.getMessage() : "answered " + response.statusCode();
          store.failed(webhook.id(), brand, progress.deliveredSeq(), attempts, clock.millis() + backoff(attempts), why);
          LOG.info("webhook {} event {} attempt {} failed ({}); retrying", webhook.id(), seq, attempts, why);
        }
      } catch (RuntimeException e) {
        LOG.warn("could not record a webhook delivery; it will be sent again", e);
      } finally {
        underWay.remove(lane);
      }
    }));
  }

  /** The wait before attempt {@code attempts + 1}: doubling from the first retry up to 10 minutes, jittered. */
  private long backoff(int attempts) {
    long ceiling = Math.min(MAX_BACKOFF.toMillis(), firstRetry.toMillis() << Math.min(attempts - 1, 20));
    return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
  }

  @Override
  public void close() {
    thread.shutdownNow();
    httpThreads.shutdownNow();
    try {
      thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
