package dev.crisisdesk.events;

import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.http.Role.Permission;
import dev.crisisdesk.store.Events;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * {@code GET /v1/events?brand=B}: the brand's events as Server-Sent Events ({@code id}, {@code event}
 * the type, {@code data} the event's JSON), from {@code Last-Event-ID} (or {@code ?after=ID}) when
 * given, else from now; a comment line every 15 seconds keeps proxies and the idle timeout away.
 * Clients of one brand standing at the same place share its reads of the event log: the store's
 * load grows with the brands being watched, not with the clients watching them.
 */
public final class EventStream {
  /** How often a quiet stream gets a comment line. */
  public static final Duration HEARTBEAT = Duration.ofSeconds(15);
  private static final long POLL_MILLIS = 250;
  private static final int PAGE = 500;

  private final Events events;
  private final Blocking blocking;
  private final long heartbeatMillis;
  // the brands being streamed, each read once per round however many clients follow it
  private final Map<String, Tail> tails = new ConcurrentHashMap<>();

  public EventStream(Events events, Blocking blocking, Duration heartbeat) {
    this.events = events;
    this.blocking = blocking;
    this.heartbeatMillis = heartbeat.toMillis();
  }

  public void stream(RoutingContext ctx) {
    String brand = Requests.requiredParam(ctx, "brand");
    if (!Requests.BRAND.matcher(brand).matches()) throw ApiException.invalidParameter("brand", "must match [a-z0-9-]{1,64}");
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
    Client client = new Client(response, start);
    tails.compute(brand, (name, tail) -> {
      Tail joined = tail == null ? new Tail(vertx, name) : tail;
      joined.clients.add(client);
      return joined;
    });
    long heartbeat = vertx.setPeriodic(heartbeatMillis, id -> {
      if (!response.closed()) response.write(": heartbeat\n\n");
    });
    response.closeHandler(v -> {
      vertx.cancelTimer(heartbeat);
      tails.computeIfPresent(brand, (name, tail) -> {
        tail.clients.remove(client);
        if (!tail.clients.isEmpty()) return tail;
        vertx.cancelTimer(tail.timer);
        return null;
      });
    });
  }

  /** One client of a brand's stream: its response and the id of the last event it was sent. */
  private static final class Client {
    final HttpServerResponse response;
    volatile long cursor;

    Client(HttpServerResponse response, long cursor) {
      this.response = response;
      this.cursor = cursor;
    }
  }

  /**
   * The brand's event log as its stream clients follow it: every 250 ms, one read per place the
   * clients stand (live clients all stand at the newest event, so usually one read), each client
   * sent what is past its own cursor. A client catching up from far back reads on its own and
   * never holds the live ones back; one whose connection is backed up is skipped until it drains.
   */
  private final class Tail {
    final String brand;
    final List<Client> clients = new CopyOnWriteArrayList<>();
    final long timer;
    // reads under way; the timer and their answers run on one event loop
    private int reading;

    Tail(Vertx vertx, String brand) {
      this.brand = brand;
      this.timer = vertx.setPeriodic(POLL_MILLIS, id -> poll());
    }

    private void poll() {
      if (reading > 0) return;
      Map<Long, List<Client>> byCursor = clients.stream()
          .filter(c -> !c.response.closed() && !c.response.writeQueueFull())
          .collect(Collectors.groupingBy(c -> c.cursor));
      reading = byCursor.size();
      byCursor.forEach((cursor, group) -> blocking.run(() -> events.read(brand, cursor, null, PAGE)).onComplete(read -> {
        reading--;
        if (read.failed()) return;
        for (Client client : group) {
          for (Events.Event stored : read.result()) {
            JsonObject event = EventJson.of(stored);
            long id = Long.parseLong(event.getString("id"));
            if (id <= client.cursor || client.response.closed()) continue;
            client.response.write("id: " + id + "\nevent: " + event.getString("type") + "\ndata: " + event.encode() + "\n\n");
            client.cursor = id;
          }
        }
      }));
    }
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
