package dev.crisisdesk.events;

import dev.crisisdesk.auth.Role.Permission;
import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.ingest.CommentValidator;
import dev.crisisdesk.store.Events;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /v1/events?brand=B}: the brand's events as Server-Sent Events ({@code id}, {@code event}
 * the type, {@code data} the event's JSON), from {@code Last-Event-ID} (or {@code ?after=ID}) when
 * given, else from now; a comment line every 15 seconds keeps proxies and the idle timeout away.
 */
public final class EventStream {
  /** How often a quiet stream gets a comment line. */
  public static final java.time.Duration HEARTBEAT = java.time.Duration.ofSeconds(15);
  private static final long POLL_MILLIS = 250;
  private static final int PAGE = 500;

  private final Events events;
  private final Blocking blocking;
  private final long heartbeatMillis;

  public EventStream(Events events, Blocking blocking, java.time.Duration heartbeat) {
    this.events = events;
    this.blocking = blocking;
    this.heartbeatMillis = heartbeat.toMillis();
  }

  public void stream(RoutingContext ctx) {
    String brand = Requests.requiredParam(ctx, "brand");
    if (!CommentValidator.BRAND.matcher(brand).matches()) throw ApiException.invalidParameter("brand", "must match [a-z0-9-]{1,64}");
    Requests.principal(ctx).require(Permission.READ_CRISES, brand);
    String from = ctx.request().getHeader("Last-Event-ID");
    if (from == null) from = ctx.queryParams().get("after");
    // where the log stands is known in memory: no store work to start a stream
    open(ctx, brand, from == null ? events.last() : id(from));
  }

  private void open(RoutingContext ctx, String brand, long start) {
    HttpServerResponse response = ctx.response();
    if (response.closed()) return;
    response.setChunked(true).putHeader("Content-Type", "text/event-stream; charset=utf-8")
        .putHeader("Cache-Control", "no-cache").putHeader("X-Accel-Buffering", "no");
    response.write("retry: 2000\n\n");
    Vertx vertx = ctx.vertx();
    long[] cursor = {start};
    boolean[] busy = {false};
    long poll = vertx.setPeriodic(POLL_MILLIS, id -> {
      if (busy[0] || response.closed() || response.writeQueueFull()) return;
      busy[0] = true;
      blocking.run(() -> events.read(brand, cursor[0], null, PAGE)).onComplete(read -> {
        busy[0] = false;
        if (read.failed() || response.closed()) return;
        for (Object e : read.result()) {
          JsonObject event = (JsonObject) e;
          response.write("id: " + event.getString("id") + "\nevent: " + event.getString("type") + "\ndata: " + event.encode() + "\n\n");
          cursor[0] = Long.parseLong(event.getString("id"));
        }
      });
    });
    long heartbeat = vertx.setPeriodic(heartbeatMillis, id -> {
      if (!response.closed()) response.write(": heartbeat\n\n");
    });
    response.closeHandler(v -> {
      vertx.cancelTimer(poll);
      vertx.cancelTimer(heartbeat);
    });
  }

  private static long id(String value) {
    try {
      long id = Long.parseLong(value.trim());
      if (id >= 0) return id;
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.invalidParameter("Last-Event-ID", "must be an event id from this stream");
  }
}
