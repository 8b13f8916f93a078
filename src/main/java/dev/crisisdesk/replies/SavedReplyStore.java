package dev.crisisdesk.replies;

import dev.crisisdesk.store.Database;
import dev.crisisdesk.store.Sql;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Each brand's saved replies: texts a team answers with again and again, with placeholders ({@link Templates}). */
public final class SavedReplyStore {
  /** A saved reply: its id, brand, name (what the team picks it by) and text. */
  public record SavedReply(String id, String brand, String name, String text, String createdBy, long createdAt) {}

  private static final String COLUMNS = "id, brand, name, text, created_by, created_at";

  private final Database db;
  private final Clock clock;

  public SavedReplyStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public SavedReply create(String brand, String name, String text, String createdBy) {
    SavedReply reply = new SavedReply("rep_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16), brand, name, text, createdBy,
        clock.millis());
    db.inTransaction(connection -> Sql.update(connection, "INSERT INTO saved_replies (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
        reply.id(), reply.brand(), reply.name(), reply.text(), reply.createdBy(), reply.createdAt()));
    return reply;
  }

  /** The brand's live saved replies, by name. */
  public List<SavedReply> list(String brand) {
    return db.inTransaction(connection -> Sql.list(connection,
        "SELECT " + COLUMNS + " FROM saved_replies WHERE brand = ? AND deleted_at IS NULL ORDER BY name, id", SavedReplyStore::reply, brand));
  }

  public Optional<SavedReply> find(String id) {
    return db.inTransaction(connection -> Sql.first(connection,
        "SELECT " + COLUMNS + " FROM saved_replies WHERE id = ? AND deleted_at IS NULL", SavedReplyStore::reply, id));
  }

  /** Deletes a live saved reply; false when there is none. */
  public boolean delete(String id) {
    long now = clock.millis();
    return db.inTransaction(connection -> Sql.update(connection,
        "UPDATE saved_replies SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", now, id) == 1);
  }

  private static SavedReply reply(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new SavedReply(rs.getString("id"), rs.getString("brand"), rs.getString("name"), rs.getString("text"), rs.getString("created_by"),
        rs.getLong("created_at"));
  }
}
