package dev.crisisdesk.queue;

import dev.crisisdesk.store.Events;
import dev.crisisdesk.store.JsonColumns;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("platform", platform);
    data.put("commentId", commentId);
    data.put("text", text);
    Events.append(connection, brand, type, JsonColumns.write(data), at);
  }

  /** Up to {@code limit} events of a brand after the cursor, oldest first. */
  public List<Events.Event> read(String brand, long after, int limit) {
    return events.read(brand, after, TYPES, limit);
  }
}
