package dev.crisisdesk.events;

import dev.crisisdesk.store.Database;
import dev.crisisdesk.store.Events;
import dev.crisisdesk.store.JsonColumns;
import dev.crisisdesk.store.Sql;
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
import java.util.TreeSet;
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

  /** A webhook as the API shows it: never its secret, with its delivery state per brand. */
  public record Registered(String id, String url, List<String> events, List<String> brands, String createdBy, long createdAt,
      List<Delivery> delivery) {}

  /**
   * How far a webhook got with one brand. Until the first delivery or failure ({@code tracked} false)
   * that is where it started; {@code nextAttemptAt} is null when no retry is waiting.
   */
  public record Delivery(String brand, long deliveredId, int failedAttempts, Long nextAttemptAt, String lastError, boolean tracked) {}

  /** A webhook just registered, with its secret, which is shown this once. */
  public record Created(Registered webhook, String secret) {}

  private final Database db;
  private final Clock clock;

  public WebhookStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Registers a webhook for events from now on; the answer carries its secret, shown this once. */
  public Created create(String url, Set<String> events, List<String> brands, String createdBy) {
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
        insert.setString(4, JsonColumns.write(events.stream().sorted().toList()));
        insert.setString(5, JsonColumns.write(brands));
        insert.setString(6, createdBy);
        insert.setLong(7, now);
        insert.setLong(8, start);
        insert.executeUpdate();
      }
      return new Created(describe(connection, id).orElseThrow(), secret);
    });
  }

  public List<Webhook> active() {
    return db.inTransaction(connection -> Sql.list(connection,
        "SELECT id, url, secret, events, brands, start_seq FROM webhooks WHERE deleted_at IS NULL ORDER BY created_at, id", WebhookStore::webhook));
  }

  public Optional<Webhook> find(String id) {
    return db.inTransaction(connection -> Sql.first(connection,
        "SELECT id, url, secret, events, brands, start_seq FROM webhooks WHERE id = ? AND deleted_at IS NULL", WebhookStore::webhook, id));
  }

  /** Live webhooks as the API shows them (no secret), with their delivery state per brand. */
  public List<Registered> list() {
    return db.inTransaction(connection -> {
      List<Registered> all = new ArrayList<>();
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
    long now = clock.millis();
    return db.inTransaction(connection -> Sql.update(connection, "UPDATE webhooks SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", now, id) == 1);
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
      if (Sql.update(connection, "UPDATE webhook_progress SET delivered_seq = ?, attempts = ?, next_at = ?, last_error = ? "
          + "WHERE webhook_id = ? AND brand = ?", progress.deliveredSeq(), progress.attempts(), progress.nextAt(), error, webhookId, brand) == 1) {
        return 1;
      }
      return Sql.update(connection, "INSERT INTO webhook_progress (webhook_id, brand, delivered_seq, attempts, next_at, last_error) "
          + "VALUES (?, ?, ?, ?, ?, ?)", webhookId, brand, progress.deliveredSeq(), progress.attempts(), progress.nextAt(), error);
    });
  }

  private static Optional<Progress> progress(Connection connection, String webhookId, String brand) throws SQLException {
    return Sql.first(connection, "SELECT delivered_seq, attempts, next_at FROM webhook_progress WHERE webhook_id = ? AND brand = ?",
        rs -> new Progress(rs.getLong(1), rs.getInt(2), rs.getLong(3)), webhookId, brand);
  }

  private static Optional<Registered> describe(Connection connection, String id) throws SQLException {
    String url;
    List<String> events;
    List<String> brands;
    String createdBy;
    long createdAt;
    long startSeq;
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT id, url, events, brands, created_by, created_at, start_seq FROM webhooks WHERE id = ? AND deleted_at IS NULL")) {
      select.setString(1, id);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        url = rs.getString("url");
        events = JsonColumns.strings(rs.getString("events"));
        brands = JsonColumns.strings(rs.getString("brands"));
        createdBy = rs.getString("created_by");
        createdAt = rs.getLong("created_at");
        startSeq = rs.getLong("start_seq");
      }
    }
    List<Delivery> delivery = new ArrayList<>();
    for (String brand : brands) {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT delivered_seq, attempts, next_at, last_error FROM webhook_progress WHERE webhook_id = ? AND brand = ?")) {
        select.setString(1, id);
        select.setString(2, brand);
        try (ResultSet rs = select.executeQuery()) {
          delivery.add(rs.next()
              ? new Delivery(brand, rs.getLong(1), rs.getInt(2), rs.getLong(3) == 0 ? null : rs.getLong(3), rs.getString(4), true)
              : new Delivery(brand, startSeq, 0, null, null, false));
        }
      }
    }
    return Optional.of(new Registered(id, url, events, brands, createdBy, createdAt, delivery));
  }

  private static Webhook webhook(ResultSet rs) throws SQLException {
    Set<String> events = new TreeSet<>(JsonColumns.strings(rs.getString("events")));
    List<String> brands = JsonColumns.strings(rs.getString("brands"));
    return new Webhook(rs.getString("id"), rs.getString("url"), rs.getString("secret"), Set.copyOf(events), List.copyOf(brands),
        rs.getLong("start_seq"));
  }
}
