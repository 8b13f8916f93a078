package dev.crisisdesk.store;


import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What happened to a brand, in order: incidents opened, escalated, acknowledged, resolved; items
 * queued, claimed, released, moved, overdue and closed; replies and hides. Each event is appended
 * inside the transaction that makes it true, so webhooks and live streams never miss or invent one.
 * Its id is its position; its data, a JSON object, is written by the feature that appends it and
 * read back as written.
 */
public final class Events {
  /** One event as stored; {@code data} is the text of a JSON object. */
  public record Event(long id, String type, String brand, long at, String data) {}

  /** Every event type, as webhooks subscribe to them. */
  public static final Set<String> TYPES = Set.of("incident.opened", "incident.escalated", "incident.acknowledged",
      "incident.resolved", "incident.noted", "item.queued", "item.claimed", "item.released", "item.moved", "item.overdue",
      "item.closed", "reply", "hide", "unhide", "rules.failed");

  private final Database db;

  public Events(Database db) {
    this.db = db;
  }

  /** Appends an event in the transaction that makes it true; {@code data} is the text of a JSON object. */
  public static void append(Connection connection, String brand, String type, String data, long at) throws SQLException {
    if (!TYPES.contains(type)) throw new IllegalArgumentException("unknown event type " + type);
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events (brand, type, at, data) VALUES (?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, brand);
      insert.setString(2, type);
      insert.setLong(3, at);
      insert.setString(4, data);
      Database.insertEvent(insert);
    }
  }

  /**
   * Up to {@code limit} events of a brand after {@code after}, of the given types (all when null),
   * never past an event whose transaction is still open, so a cursor never skips one.
   */
  public List<Event> read(String brand, long after, Collection<String> types, int limit) {
    long upTo = db.stableEvent();
    return db.inTransaction(connection -> read(connection, brand, after, upTo, types, limit));
  }

  public static List<Event> read(Connection connection, String brand, long after, long upTo, Collection<String> types, int limit)
      throws SQLException {
    String typeFilter = types == null ? "" : " AND type IN (" + String.join(", ", types.stream().map(t -> "?").toList()) + ")";
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT seq, brand, type, at, data FROM events WHERE brand = ? AND seq > ? AND seq <= ?" + typeFilter + " ORDER BY seq LIMIT ?")) {
      int i = 1;
      select.setString(i++, brand);
      select.setLong(i++, after);
      select.setLong(i++, upTo);
      if (types != null) for (String type : types) select.setString(i++, type);
      select.setInt(i, limit);
      List<Event> events = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          events.add(new Event(rs.getLong("seq"), rs.getString("type"), rs.getString("brand"), rs.getLong("at"), rs.getString("data")));
        }
      }
      return events;
    }
  }

  /** Where a new subscriber starts: every event up to this id is committed; 0 when there is none. */
  public long last() {
    return db.stableEvent();
  }

  /** The highest id in the log, at open. */
  static long highest(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM events");
         ResultSet rs = select.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
