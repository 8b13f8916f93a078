package dev.crisisdesk.crisis;

import dev.crisisdesk.store.Conflict;
import dev.crisisdesk.store.Database;
import dev.crisisdesk.store.Events;
import dev.crisisdesk.store.JsonColumns;
import dev.crisisdesk.store.Sql;

import dev.crisisdesk.facts.Severity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Incidents: what the rules opened and escalated, and what people acknowledged, noted and resolved. */
public final class CrisisStore {
  /** An incident keeps at most this many comment ids: enough to investigate, bounded in size. */
  static final int MAX_COMMENT_IDS = 500;
  private static final String COLUMNS = "id, brand, rule, severity, status, opened_at, updated_at, reason, owner, comment_ids, notes";

  private final Database db;
  private final Clock clock;

  public CrisisStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Stores a brand's planned incident changes inside the caller's transaction. */
  public void apply(Connection connection, String brand, List<IncidentBook.Change> changes) throws SQLException {
    long now = clock.millis();
    for (IncidentBook.Change change : changes) {
      if (change instanceof IncidentBook.Opened o) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO crises (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, 'open', ?, ?, ?, NULL, ?, '[]')")) {
          insert.setString(1, o.id());
          insert.setString(2, brand);
          insert.setString(3, o.rule());
          insert.setString(4, o.severity().label());
          insert.setLong(5, o.at());
          insert.setLong(6, now);
          insert.setString(7, bounded(o.reason()));
          insert.setString(8, JsonColumns.write(o.commentId() == null ? List.of() : List.of(o.commentId())));
          insert.executeUpdate();
        }
        event(connection, o.id(), "incident.opened", now);
      } else if (change instanceof IncidentBook.Escalated e) {
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE crises SET severity = ?, reason = ?, updated_at = ? WHERE id = ?")) {
          update.setString(1, e.severity().label());
          update.setString(2, bounded(e.reason()));
          update.setLong(3, now);
          update.setString(4, e.id());
          update.executeUpdate();
        }
        event(connection, e.id(), "incident.escalated", now);
      }
    }
  }

  /** Adds a comment to an incident inside the caller's transaction (a rule routed it with the incident in view). */
  public void join(Connection connection, String id, String commentId) throws SQLException {
    addComment(connection, id, commentId, clock.millis());
  }

  private static void addComment(Connection connection, String id, String commentId, long now) throws SQLException {
    List<String> ids;
    try (PreparedStatement select = connection.prepareStatement("SELECT comment_ids FROM crises WHERE id = ? FOR UPDATE")) {
      select.setString(1, id);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) return;
        ids = JsonColumns.strings(rs.getString(1));
      }
    }
    if (ids.size() >= MAX_COMMENT_IDS || ids.contains(commentId)) return;
    try (PreparedStatement update = connection.prepareStatement("UPDATE crises SET comment_ids = ?, updated_at = ? WHERE id = ?")) {
      ids.add(commentId);
      update.setString(1, JsonColumns.write(ids));
      update.setLong(2, now);
      update.setString(3, id);
      update.executeUpdate();
    }
  }

  /** Adds comments to an incident, with whatever {@code also} writes, in one transaction. */
  public void join(String id, List<String> commentIds, Database.Step also) {
    long now = clock.millis();
    db.inTransaction(connection -> {
      for (String commentId : commentIds) addComment(connection, id, commentId, now);
      also.run(connection);
      return null;
    });
  }

  /** The brand's incidents that are open or acknowledged. */
  public List<IncidentBook.Open> open(String brand) {
    return db.inTransaction(connection -> Sql.list(connection,
        "SELECT id, rule, severity, opened_at FROM crises WHERE brand = ? AND status <> 'resolved'",
        rs -> new IncidentBook.Open(rs.getString(1), rs.getString(2), Severity.ofLabel(rs.getString(3)), rs.getLong(4)), brand));
  }

  /** For each rule of the brand, until when it may not open another incident. */
  public Map<String, Long> coolDowns(String brand) {
    return db.inTransaction(connection -> {
      Map<String, Long> until = new HashMap<>();
      Sql.list(connection, "SELECT rule, MAX(cool_until) FROM crises WHERE brand = ? AND status = 'resolved' GROUP BY rule",
          rs -> until.put(rs.getString(1), rs.getLong(2)), brand);
      return until;
    });
  }

  public List<Incident> list(String brand, String status) {
    String sql = "SELECT " + COLUMNS + " FROM crises WHERE brand = ?" + (status == null ? "" : " AND status = ?") + " ORDER BY opened_at DESC, id";
    Object[] args = status == null ? new Object[] {brand} : new Object[] {brand, status};
    return db.inTransaction(connection -> Sql.list(connection, sql, CrisisStore::incident, args));
  }

  public Optional<Incident> find(String id) {
    return db.inTransaction(connection -> find(connection, id));
  }

  /** Names an owner; an acknowledged incident stays open to the rules. */
  public Incident acknowledge(String id, String owner) {
    return update(id, "UPDATE crises SET status = 'acknowledged', owner = ?, updated_at = ? WHERE id = ?", owner, null);
  }

  public Incident note(String id, String text, String by) {
    return update(id, null, null, new Incident.Note(clock.millis(), by, text));
  }

  /** Resolves the incident; its rule may open another only {@code coolDownMinutes} later. */
  public Incident.Resolution resolve(String id, String note, String by, int coolDownMinutes) {
    long now = clock.millis();
    Incident.Note written = note == null ? null : new Incident.Note(now, by, note);
    return db.inTransaction(connection -> {
      Incident current = find(connection, id).orElseThrow(() -> new Conflict("no incident " + id));
      if ("resolved".equals(current.status())) throw new Conflict("incident " + id + " is resolved already");
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE crises SET status = 'resolved', resolved_at = ?, cool_until = ?, updated_at = ? WHERE id = ?")) {
        update.setLong(1, now);
        update.setLong(2, now + coolDownMinutes * 60_000L);
        update.setLong(3, now);
        update.setString(4, id);
        update.executeUpdate();
      }
      if (written != null) appendNote(connection, id, written);
      event(connection, id, "incident.resolved", now);
      return new Incident.Resolution(find(connection, id).orElseThrow(), now + coolDownMinutes * 60_000L);
    });
  }

  private Incident update(String id, String sql, String value, Incident.Note note) {
    long now = clock.millis();
    return db.inTransaction(connection -> {
      Incident current = find(connection, id).orElseThrow(() -> new Conflict("no incident " + id));
      if ("resolved".equals(current.status())) throw new Conflict("incident " + id + " is resolved");
      if (sql != null) {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
          update.setString(1, value);
          update.setLong(2, now);
          update.setString(3, id);
          update.executeUpdate();
        }
      }
      if (note != null) appendNote(connection, id, note);
      event(connection, id, sql != null ? "incident.acknowledged" : "incident.noted", now);
      return find(connection, id).orElseThrow();
    });
  }

  /** Appends an event carrying the incident as it now is. */
  private static void event(Connection connection, String id, String type, long now) throws SQLException {
    Incident incident = find(connection, id).orElseThrow();
    Events.append(connection, incident.brand(), type, IncidentJson.event(incident), now);
  }

  private void appendNote(Connection connection, String id, Incident.Note note) throws SQLException {
    List<Incident.Note> notes = new ArrayList<>(find(connection, id).orElseThrow().notes());
    notes.add(note);
    List<Map<String, Object>> written = new ArrayList<>();
    for (Incident.Note each : notes) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("at", Instant.ofEpochMilli(each.at()).toString());
      json.put("by", each.by());
      json.put("text", each.text());
      written.add(json);
    }
    try (PreparedStatement update = connection.prepareStatement("UPDATE crises SET notes = ?, updated_at = ? WHERE id = ?")) {
      update.setString(1, JsonColumns.write(written));
      update.setLong(2, clock.millis());
      update.setString(3, id);
      update.executeUpdate();
    }
  }

  private static Optional<Incident> find(Connection connection, String id) throws SQLException {
    return Sql.first(connection, "SELECT " + COLUMNS + " FROM crises WHERE id = ?", CrisisStore::incident, id);
  }

  private static Incident incident(ResultSet rs) throws SQLException {
    List<Incident.Note> notes = new ArrayList<>();
    for (Object note : (List<?>) JsonColumns.read(rs.getString("notes"))) {
      Map<?, ?> json = (Map<?, ?>) note;
      notes.add(new Incident.Note(Instant.parse((String) json.get("at")).toEpochMilli(), (String) json.get("by"), (String) json.get("text")));
    }
    return new Incident(rs.getString("id"), rs.getString("brand"), rs.getString("severity"), rs.getString("status"), rs.getLong("opened_at"),
        rs.getLong("updated_at"), rs.getString("reason"), rs.getString("rule"), rs.getString("owner"),
        JsonColumns.strings(rs.getString("comment_ids")), notes);
  }

  private static String bounded(String text) {
    if (text == null) return null;
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }
}
