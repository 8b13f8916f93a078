package dev.crisisdesk.queue;

import dev.crisisdesk.store.Events;

import dev.crisisdesk.events.EventJson;
import dev.crisisdesk.store.Events;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The way back to the platform: every reply and hide, the {@code reply} and {@code hide} events of
 * the event log, read with a cursor (an event id). Each is appended inside the transaction that makes
 * it true, and the same events go to webhooks and live streams.
 */
public final class Outbox {
  private static final List<String> TYPES = List.of("reply", "hide", "unhide");

  private final Events events;

  public Outbox(Events events) {
    this.events = events;
  }

  static void append(Connection connection, String brand, String type, String platform, String commentId,
      String text, long at) throws SQLException {
    Events.append(connection, brand, type, new JsonObject().put("platform", platform).put("commentId", commentId).put("text", text).encode(), at);
  }

  /** Up to {@code limit} events of a brand after the cursor; {@code next} resumes after them. */
  public JsonObject read(String brand, long after, int limit) {
    JsonArray out = new JsonArray();
    long next = after;
    for (Events.Event stored : events.read(brand, after, TYPES, limit)) {
      JsonObject event = EventJson.of(stored);
      next = Long.parseLong(event.getString("id"));
      out.add(new JsonObject().put("cursor", event.getString("id")).put("type", event.getString("type"))
          .put("brand", event.getString("brand")).put("platform", event.getString("platform"))
          .put("commentId", event.getString("commentId")).put("text", event.getString("text")).put("at", event.getString("at")));
    }
    return new JsonObject().put("events", out).put("next", String.valueOf(next));
  }
}
