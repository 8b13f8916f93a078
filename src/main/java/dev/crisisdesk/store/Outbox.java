package dev.crisisdesk.store;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The way back to the platform: every reply and hide as an event, in the order it was recorded,
 * read with a cursor. Events are appended inside the transaction that makes them true.
 */
public final class Outbox {
  private final Database db;

  public Outbox(Database db) {
    this.db = db;
  }

  static void append(Connection connection, String brand, String type, String platform, String commentId,
      String text, long at) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO outbox (brand, type, platform, comment_id, text, at) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, brand);
      insert.setString(2, type);
      insert.setString(3, platform);
      insert.setString(4, commentId);
      insert.setString(5, text);
      insert.setLong(6, at);
      insert.executeUpdate();
    }
    Events.append(connection, brand, type, new JsonObject().put("platform", platform).put("commentId", commentId).put("text", text), at);
  }

  /** Up to {@code limit} events of a brand after the cursor; {@code next} resumes after them. */
  public JsonObject read(String brand, long after, int limit) {
    return db.inTransaction(connection -> {
      JsonArray events = new JsonArray();
      long next = after;
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT cursor, type, brand, platform, comment_id, text, at FROM outbox "
              + "WHERE brand = ? AND cursor > ? ORDER BY cursor LIMIT ?")) {
        select.setString(1, brand);
        select.setLong(2, after);
        select.setInt(3, limit);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            next = rs.getLong("cursor");
            events.add(new JsonObject()
                .put("cursor", String.valueOf(next))
                .put("type", rs.getString("type"))
                .put("brand", rs.getString("brand"))
                .put("platform", rs.getString("platform"))
                .put("commentId", rs.getString("comment_id"))
                .put("text", rs.getString("text"))
                .put("at", Rows.time(rs.getLong("at"))));
          }
        }
      }
      return new JsonObject().put("events", events).put("next", String.valueOf(next));
    });
  }
}
