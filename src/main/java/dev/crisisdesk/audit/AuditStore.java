package dev.crisisdesk.audit;

import dev.crisisdesk.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The audit log: one row per change a key made, in the order they were made, read with a cursor. */
public final class AuditStore {
  /**
   * One change: who (key id, name, role), on which brand (null for keys and the default rule set),
   * what, on what; {@code details} is the text of a JSON object.
   */
  public record Entry(String keyId, String keyName, String role, String brand, String action, String target, String details) {}

  /** An entry as kept: its cursor and when it was made. */
  public record Recorded(long cursor, long at, Entry entry) {}

  /** Entries after a cursor; {@code next} resumes after them. */
  public record Page(List<Recorded> entries, long next) {}

  private static final int MAX_TARGET = 1200;

  private final Database db;
  private final Clock clock;

  public AuditStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public void append(Entry entry) {
    db.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO audit (at, key_id, key_name, role, brand, action, target, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setLong(1, clock.millis());
        insert.setString(2, entry.keyId());
        insert.setString(3, entry.keyName());
        insert.setString(4, entry.role());
        if (entry.brand() == null) insert.setNull(5, Types.VARCHAR);
        else insert.setString(5, entry.brand());
        insert.setString(6, entry.action());
        String target = entry.target();
        insert.setString(7, target != null && target.length() > MAX_TARGET ? target.substring(0, MAX_TARGET) : target);
        insert.setString(8, entry.details());
        return insert.executeUpdate();
      }
    });
  }

  /** Up to {@code limit} entries after the cursor, of one brand or (brand null) of all; {@code next} resumes. */
  public Page read(String brand, long after, int limit) {
    return db.inTransaction(connection -> {
      List<Recorded> entries = new ArrayList<>();
      long next = after;
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT cursor, at, key_id, key_name, role, brand, action, target, details FROM audit WHERE cursor > ?"
              + (brand == null ? "" : " AND brand = ?") + " ORDER BY cursor LIMIT ?")) {
        select.setLong(1, after);
        int i = 2;
        if (brand != null) select.setString(i++, brand);
        select.setInt(i, limit);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            next = rs.getLong("cursor");
            entries.add(new Recorded(next, rs.getLong("at"), new Entry(rs.getString("key_id"), rs.getString("key_name"),
                rs.getString("role"), rs.getString("brand"), rs.getString("action"), rs.getString("target"), rs.getString("details"))));
          }
        }
      }
      return new Page(entries, next);
    });
  }
}
