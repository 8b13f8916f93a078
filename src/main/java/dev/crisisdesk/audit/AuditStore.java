package dev.crisisdesk.audit;

import dev.crisisdesk.store.Database;
import dev.crisisdesk.store.Sql;
import java.time.Clock;
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
    String target = entry.target();
    String bounded = target != null && target.length() > MAX_TARGET ? target.substring(0, MAX_TARGET) : target;
    db.inTransaction(connection -> Sql.update(connection,
        "INSERT INTO audit (at, key_id, key_name, role, brand, action, target, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        clock.millis(), entry.keyId(), entry.keyName(), entry.role(), entry.brand(), entry.action(), bounded, entry.details()));
  }

  /** Up to {@code limit} entries after the cursor, of one brand or (brand null) of all; {@code next} resumes. */
  public Page read(String brand, long after, int limit) {
    String sql = "SELECT cursor, at, key_id, key_name, role, brand, action, target, details FROM audit WHERE cursor > ?"
        + (brand == null ? "" : " AND brand = ?") + " ORDER BY cursor LIMIT ?";
    Object[] args = brand == null ? new Object[] {after, limit} : new Object[] {after, brand, limit};
    return db.inTransaction(connection -> {
      List<Recorded> entries = Sql.list(connection, sql, rs -> new Recorded(rs.getLong("cursor"), rs.getLong("at"),
          new Entry(rs.getString("key_id"), rs.getString("key_name"), rs.getString("role"), rs.getString("brand"), rs.getString("action"),
              rs.getString("target"), rs.getString("details"))), args);
      return new Page(entries, entries.isEmpty() ? after : entries.get(entries.size() - 1).cursor());
    });
  }
}
