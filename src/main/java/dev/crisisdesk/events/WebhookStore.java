package dev.crisisdesk.events;

import dev.crisisdesk.http.Json;
import dev.crisisdesk.store.Database;
import dev.crisisdesk.store.Events;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Registered webhooks and how far each got with each brand. Deliveries go in order per brand and a
 * webhook moves on only after a 2xx, so its cursor per brand (with the attempts at the next event)
 * is all the delivery state there is, and it survives a restart.
 */
public final class WebhookStore {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A live webhook: where, with which secret, which event types (all when empty) of which brands. */
  public record Webhook(String id, String url, String secret, Set<String> events, List<String> brands, long startSeq) {}

  /** Where a webhook stands with one brand: the last event delivered and the attempts at the next one. */
  public record Progress(long deliveredSeq, int attempts, long nextAt) {}

  private final Database db;
  private final Clock clock;

  public WebhookStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Registers a webhook for events from now on; the answer carries its secret, shown this once. */
  public JsonObject create(String url, Set<String> events, List<String> brands, String createdBy) {
    String id = UUID.randomUUID().toString();
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = HexFormat.of().formatHex(random);
    long now = clock.millis();
    long start = db.stableEvent();
    return db.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhooks "
          + "(id, url, secret, events, brands, created_by, created_at, start_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, id);
        insert.setString(2, url);
        insert.setString(3, secret);
        insert.setString(4, new JsonArray(events.stream().sorted().toList()).encode());
        insert.setString(5, new JsonArray(brands).encode());
        insert.setString(6, createdBy);
        insert.setLong(7, now);
        insert.setLong(8, start);
        insert.executeUpdate();
      }
      return describe(connection, id).orElseThrow().put("secret", secret);
    });
  }

  public List<Webhook> active() {
    return db.inTransaction(connection -> {
      List<Webhook> webhooks = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT id, url, secret, events, brands, start_seq FROM webhooks WHERE deleted_at IS NULL ORDER BY created_at, id");
           ResultSet rs = select.executeQuery()) {
        while (rs.next()) webhooks.add(webhook(rs));
      }
      return webhooks;
    });
  }

  public Optional<Webhook> find(String id) {
    return db.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT id, url, secret, events, brands, start_seq FROM webhooks WHERE id = ? AND deleted_at IS NULL")) {
        select.setString(1, id);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? Optional.of(webhook(rs)) : Optional.empty();
        }
      }
    });
  }

  /** Live webhooks as the API shows them (no secret), with their delivery state per brand. */
  public JsonArray list() {
    return db.inTransaction(connection -> {
      JsonArray all = new JsonArray();
      List<String> ids = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT id FROM webhooks WHERE deleted_at IS NULL ORDER BY created_at, id");
           ResultSet rs = select.executeQuery()) {
        while (rs.next()) ids.add(rs.getString(1));
      }
      for (String id : ids) all.add(describe(connection, id).orElseThrow());
      return all;
    });
  }

  public boolean delete(String id) {
    return db.inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE webhooks SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")) {
        update.setLong(1, clock.millis());
        update.setString(2, id);
        return update.executeUpdate() == 1;
      }
    });
  }

  public Progress progress(Webhook webhook, String brand) {
    return db.inTransaction(connection -> progress(connection, webhook.id(), brand).orElse(new Progress(webhook.startSeq(), 0, 0)));
  }

  /** The next event of a brand a webhook has not had yet, of the types it asked for. */
  public Optional<Events.Event> next(Webhook webhook, String brand, long after) {
    long upTo = db.stableEvent();
    return db.inTransaction(connection -> {
      List<Events.Event> events = Events.read(connection, brand, after, upTo, webhook.events().isEmpty() ? null : webhook.events(), 1);
      return events.stream().findFirst();
    });
  }

  public void delivered(String webhookId, String brand, long seq) {
    save(webhookId, brand, new Progress(seq, 0, 0), null);
  }

  public void failed(String webhookId, String brand, long deliveredSeq, int attempts, long nextAt, String error) {
    save(webhookId, brand, new Progress(deliveredSeq, attempts, nextAt), error.length() > 500 ? error.substring(0, 500) : error);
  }

  private void save(String webhookId, String brand, Progress progress, String error) {
    db.inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_progress "
          + "SET delivered_seq = ?, attempts = ?, next_at = ?, last_error = ? WHERE webhook_id = ? AND brand = ?")) {
        update.setLong(1, progress.deliveredSeq());
        update.setInt(2, progress.attempts());
        update.setLong(3, progress.nextAt());
        update.setString(4, error);
        update.setString(5, webhookId);
        update.setString(6, brand);
        if (update.executeUpdate() == 1) return 1;
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_progress "
          + "(webhook_id, brand, delivered_seq, attempts, next_at, last_error) VALUES (?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, webhookId);
        insert.setString(2, brand);
        insert.setLong(3, progress.deliveredSeq());
        insert.setInt(4, progress.attempts());
        insert.setLong(5, progress.nextAt());
        insert.setString(6, error);
        return insert.executeUpdate();
      }
    });
  }

  private static Optional<Progress> progress(Connection connection, String webhookId, String brand) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT delivered_seq, attempts, next_at FROM webhook_progress WHERE webhook_id = ? AND brand = ?")) {
      select.setString(1, webhookId);
      select.setString(2, brand);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(new Progress(rs.getLong(1), rs.getInt(2), rs.getLong(3))) : Optional.empty();
      }
    }
  }

  private static Optional<JsonObject> describe(Connection connection, String id) throws SQLException {
    JsonObject json;
    long startSeq;
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT id, url, events, brands, created_by, created_at, start_seq FROM webhooks WHERE id = ? AND deleted_at IS NULL")) {
      select.setString(1, id);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        json = new JsonObject().put("id", rs.getString("id")).put("url", rs.getString("url"))
            .put("events", new JsonArray(rs.getString("events"))).put("brands", new JsonArray(rs.getString("brands")))
            .put("createdBy", rs.getString("created_by")).put("createdAt", Json.time(rs.getLong("created_at")));
        startSeq = rs.getLong("start_seq");
      }
    }
    JsonArray delivery = new JsonArray();
    for (Object brand : json.getJsonArray("brands")) {
      JsonObject state = new JsonObject().put("brand", brand);
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT delivered_seq, attempts, next_at, last_error FROM webhook_progress WHERE webhook_id = ? AND brand = ?")) {
        select.setString(1, id);
        select.setString(2, (String) brand);
        try (ResultSet rs = select.executeQuery()) {
          if (rs.next()) {
            state.put("deliveredId", String.valueOf(rs.getLong(1))).put("failedAttempts", rs.getInt(2))
                .put("nextAttemptAt", rs.getLong(3) == 0 ? null : Json.time(rs.getLong(3))).put("lastError", rs.getString(4));
          } else {
            state.put("deliveredId", String.valueOf(startSeq)).put("failedAttempts", 0);
          }
        }
      }
      delivery.add(state);
    }
    return Optional.of(json.put("delivery", delivery));
  }

  private static Webhook webhook(ResultSet rs) throws SQLException {
    Set<String> events = new java.util.TreeSet<>();
    new JsonArray(rs.getString("events")).forEach(e -> events.add((String) e));
    List<String> brands = new ArrayList<>();
    new JsonArray(rs.getString("brands")).forEach(b -> brands.add((String) b));
    return new Webhook(rs.getString("id"), rs.getString("url"), rs.getString("secret"), Set.copyOf(events), List.copyOf(brands),
        rs.getLong("start_seq"));
  }
}
