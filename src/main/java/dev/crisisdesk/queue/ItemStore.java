package dev.crisisdesk.queue;

import dev.crisisdesk.comments.CommentRows;
import dev.crisisdesk.comments.CommentView;
import dev.crisisdesk.comments.PostedComment;
import dev.crisisdesk.comments.StoredComment;
import dev.crisisdesk.facts.Decision;
import dev.crisisdesk.facts.Escalation;
import dev.crisisdesk.facts.Overdue;
import dev.crisisdesk.rules.Outcome;
import dev.crisisdesk.store.Conflict;
import dev.crisisdesk.store.Database;
import dev.crisisdesk.store.Events;
import dev.crisisdesk.store.JsonColumns;
import dev.crisisdesk.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BinaryOperator;

/**
 * Reply queue items: listing in answer order, claims with leases, and the lease holder's
 * reply, release, resolve and move. An item whose lease has ended is free again; no item is ever
 * leased to two agents at once.
 */
public final class ItemStore {
  private static final String ANSWER_ORDER = " ORDER BY i.priority DESC, i.due_at, i.comment_created_at, i.item_id";
  /** The columns {@link #item} reads besides the comment's, from {@code items i}. */
  private static final String ITEM_COLUMNS = "i.item_id, i.queue, i.priority, i.due_at, i.claimed_by, i.lease_until, i.rules, i.state, "
      + "i.assigned_to";
  private static final String ITEM_SELECT = "SELECT " + ITEM_COLUMNS + ", " + CommentRows.COLUMNS
      + " FROM items i JOIN comments c ON c.seq = i.comment_seq";

  private final Database db;
  private final Clock clock;
  // claims on one queue take turns in this process; across processes the row locks and the
  // conditional update keep an item from being leased twice
  private final Map<String, Object> claimLocks = new ConcurrentHashMap<>();

  public ItemStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Depth, claimed and overdue counts for each declared queue (and any other holding open items). */
  public List<QueueItem.Depth> depths(String brand, Collection<String> declared) {
    long now = clock.millis();
    return db.inTransaction(connection -> {
      Map<String, QueueItem.Depth> queues = new LinkedHashMap<>();
      for (String name : declared) queues.put(name, new QueueItem.Depth(name, 0, 0, 0, null));
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT queue, COUNT(*) AS depth, SUM(CASE WHEN lease_until > ? THEN 1 ELSE 0 END) AS claimed, "
              + "SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END) AS overdue, MIN(comment_created_at) AS oldest "
              + "FROM items WHERE brand = ? AND state = 'open' GROUP BY queue ORDER BY queue")) {
        select.setLong(1, now);
        select.setLong(2, now);
        select.setString(3, brand);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            String queue = rs.getString("queue");
            queues.put(queue, new QueueItem.Depth(queue, rs.getInt("depth"), rs.getInt("claimed"), rs.getInt("overdue"),
                rs.getLong("oldest")));
          }
        }
      }
      return List.copyOf(queues.values());
    });
  }

  /** Open items of a queue in answer order: priority, then due time, then creation, then id. */
  public List<QueueItem> open(String brand, String queue, int limit) {
    return open(brand, queue, limit, null);
  }

  /** As above; with {@code assignedTo}, only the items assigned to that teammate. */
  public List<QueueItem> open(String brand, String queue, int limit, String assignedTo) {
    long now = clock.millis();
    return db.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(ITEM_SELECT + " WHERE i.brand = ? AND i.queue = ? AND i.state = 'open'"
          + (assignedTo == null ? "" : " AND i.assigned_to = ?") + ANSWER_ORDER + " LIMIT ?")) {
        int i = 1;
        select.setString(i++, brand);
        select.setString(i++, queue);
        if (assignedTo != null) select.setString(i++, assignedTo);
        select.setInt(i, limit);
        return withNotes(connection, items(select, now));
      }
    });
  }

  /** The open items of a brand's comments with these ids, in answer order. */
  public List<QueueItem> openOf(String brand, java.util.Collection<String> commentIds) {
    if (commentIds.isEmpty()) return List.of();
    long now = clock.millis();
    List<Object> args = new ArrayList<>();
    args.add(brand);
    args.addAll(commentIds);
    return db.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(ITEM_SELECT + " WHERE i.brand = ? AND i.state = 'open' AND c.id IN (" + Sql.marks(commentIds.size()) + ")"
          + ANSWER_ORDER)) {
        for (int i = 0; i < args.size(); i++) select.setObject(i + 1, args.get(i));
        return withNotes(connection, items(select, now));
      }
    });
  }

  /** The item as it now is, with its comment and notes. */
  public Optional<QueueItem> find(String itemId) {
    long now = clock.millis();
    return db.inTransaction(connection -> find(connection, itemId, now));
  }

  /** Adds a teammate's note to an item, open or closed; empty when there is no such item. */
  public Optional<QueueItem> note(String itemId, String agent, String text) {
    long now = clock.millis();
    return db.inTransaction(connection -> {
      if (find(connection, itemId, now).isEmpty()) return Optional.<QueueItem>empty();
      Sql.update(connection, "INSERT INTO item_notes (item_id, agent, text, at) VALUES (?, ?, ?, ?)", itemId, agent, text, now);
      return find(connection, itemId, now);
    });
  }

  /** Assigns an open item to a teammate, or to nobody ({@code to} null); a {@link Conflict} when it is closed. */
  public QueueItem assign(String itemId, String to) {
    long now = clock.millis();
    return db.inTransaction(connection -> {
      QueueItem item = find(connection, itemId, now).orElseThrow(() -> new Conflict("item " + itemId + " does not exist"));
      if (!"open".equals(item.state())) throw new Conflict("item " + itemId + " is closed (" + item.state() + ")");
      Sql.update(connection, "UPDATE items SET assigned_to = ? WHERE item_id = ?", to, itemId);
      return find(connection, itemId, now).orElseThrow();
    });
  }

  /** Leases up to {@code limit} of the most urgent free items of a queue to one agent. */
  public List<QueueItem> claim(String brand, String queue, String agent, String keyId, int limit, int leaseSeconds) {
    return claim(brand, queue, agent, keyId, limit, leaseSeconds, null);
  }

  /** As above; with an {@code itemId}, only that item, if it is in the queue and free. */
  public List<QueueItem> claim(String brand, String queue, String agent, String keyId, int limit, int leaseSeconds, String itemId) {
    Object lock = claimLocks.computeIfAbsent(brand + "/" + queue, key -> new Object());
    synchronized (lock) {
      long now = clock.millis();
      return db.inTransaction(connection -> {
        List<String> claimed = new ArrayList<>();
        try (PreparedStatement free = connection.prepareStatement(
                "SELECT i.item_id FROM items i WHERE i.brand = ? AND i.queue = ? AND i.state = 'open' "
                    + "AND (i.lease_until IS NULL OR i.lease_until <= ?)" + (itemId == null ? "" : " AND i.item_id = ?")
                    // rows another transaction (on any node) is claiming are passed over, not waited for
                    + ANSWER_ORDER + " LIMIT ? FOR UPDATE SKIP LOCKED");
             PreparedStatement take = connection.prepareStatement(
                "UPDATE items SET claimed_by = ?, claim_key = ?, lease_until = ? WHERE item_id = ? AND state = 'open' "
                    + "AND (lease_until IS NULL OR lease_until <= ?)")) {
          free.setString(1, brand);
          free.setString(2, queue);
          free.setLong(3, now);
          if (itemId == null) {
            free.setInt(4, limit);
          } else {
            free.setString(4, itemId);
            free.setInt(5, 1);
          }
          try (ResultSet rs = free.executeQuery()) {
            while (rs.next()) {
              take.setString(1, agent);
              take.setString(2, keyId);
              take.setLong(3, now + leaseSeconds * 1000L);
              take.setString(4, rs.getString(1));
              take.setLong(5, now);
              if (take.executeUpdate() == 1) {
                claimed.add(rs.getString(1));
                event(connection, rs.getString(1), "item.claimed", now);
              }
            }
          }
        }
        List<QueueItem> items = new ArrayList<>();
        for (String id : claimed) items.add(find(connection, id, now).orElseThrow());
        return items;
      });
    }
  }

  /** An open item past its due time that no rule has looked at yet. */
  public record OverdueItem(String brand, Overdue overdue) {}

  /**
   * Up to {@code limit} open items due before now and not yet escalated, oldest due first;
   * {@code escalateTo} names, for a brand and queue, the queue it escalates to (or null).
   */
  public List<OverdueItem> overdue(BinaryOperator<String> escalateTo, int limit) {
    long now = clock.millis();
    return db.inTransaction(connection -> {
      List<OverdueItem> out = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(ITEM_SELECT
          + " WHERE i.state = 'open' AND i.escalated_at IS NULL AND i.due_at < ? ORDER BY i.due_at LIMIT ?")) {
        select.setLong(1, now);
        select.setInt(2, limit);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            String queue = rs.getString("queue");
            out.add(new OverdueItem(rs.getString("brand"), new Overdue(rs.getString("item_id"), queue,
                rs.getInt("priority"), rs.getLong("due_at"), escalateTo.apply(rs.getString("brand"), queue), CommentRows.fact(rs))));
          }
        }
      }
      return out;
    });
  }

  /** Applies the rules' escalations of an overdue item, and marks it looked at either way. */
  public void escalate(String itemId, List<Escalation> escalations) {
    long now = clock.millis();
    db.inTransaction(connection -> {
      for (Escalation escalation : escalations) {
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE items SET queue = ?, priority = GREATEST(priority, ?), rules = ? WHERE item_id = ? AND state = 'open'")) {
          update.setString(1, escalation.queue());
          update.setInt(2, escalation.priority());
          List<String> rules = rules(connection, itemId);
          rules.add(escalation.rule());
          update.setString(3, JsonColumns.write(rules));
          update.setString(4, itemId);
          update.executeUpdate();
        }
      }
      try (PreparedStatement mark = connection.prepareStatement("UPDATE items SET escalated_at = ? WHERE item_id = ?")) {
        mark.setLong(1, now);
        mark.setString(2, itemId);
        mark.executeUpdate();
      }
      event(connection, itemId, "item.overdue", now);
      return null;
    });
  }

  private static List<String> rules(Connection connection, String itemId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT rules FROM items WHERE item_id = ?")) {
      select.setString(1, itemId);
      try (ResultSet rs = select.executeQuery()) {
        return JsonColumns.strings(rs.next() ? rs.getString(1) : null);
      }
    }
  }

  /** Open items by brand and queue, for the metrics. */
  public Map<String, Map<String, Integer>> openCounts() {
    return db.inTransaction(connection -> {
      Map<String, Map<String, Integer>> counts = new TreeMap<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT brand, queue, COUNT(*) FROM items WHERE state = 'open' GROUP BY brand, queue");
           ResultSet rs = select.executeQuery()) {
        while (rs.next()) counts.computeIfAbsent(rs.getString(1), b -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3));
      }
      return counts;
    });
  }

  public Optional<String> brandOf(String itemId) {
    return db.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT brand FROM items WHERE item_id = ?")) {
        select.setString(1, itemId);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
      }
    });
  }

  /**
   * A manager's correction of the rules: sends an ignored, hidden or failed comment to a queue. The
   * new item is due {@code slaMinutes} from now; the comment becomes {@code queued} with a route
   * decision naming the agent; a hidden comment also gets an {@code unhide} in the outbox. Empty when
   * the comment does not exist; a {@link Conflict} when it is not ignored, hidden or failed.
   */
  public Optional<QueueItem> route(String brand, String platform, String id, String agent, String queue, int priority, int slaMinutes) {
    long now = clock.millis();
    return db.inTransaction(connection -> {
      long seq;
      String status;
      String decisions;
      try (PreparedStatement lock = connection.prepareStatement(
          "SELECT seq, status, decisions FROM comments WHERE brand = ? AND platform = ? AND id = ? FOR UPDATE")) {
        lock.setString(1, brand);
        lock.setString(2, platform);
        lock.setString(3, id);
        try (ResultSet rs = lock.executeQuery()) {
          if (!rs.next()) return Optional.<QueueItem>empty();
          seq = rs.getLong("seq");
          status = rs.getString("status");
          decisions = rs.getString("decisions");
        }
      }
      if (!Set.of("ignored", "hidden", "failed").contains(status)) {
        throw new Conflict("comment " + brand + "/" + platform + "/" + id + " is " + status
            + "; only an ignored, hidden or failed comment is routed (move a queued comment's item instead)");
      }
      String rule = "routed by " + agent;
      String itemId = open(connection, seq, queue, priority, now + slaMinutes * 60_000L, List.of(rule), now, false);
      List<Object> recorded = decisions == null ? new ArrayList<>() : new ArrayList<>((List<?>) JsonColumns.read(decisions));
      Map<String, Object> decision = new LinkedHashMap<>();
      decision.put("action", "route");
      decision.put("queue", queue);
      decision.put("priority", priority);
      decision.put("rule", rule);
      decision.put("was", status);
      recorded.add(decision);
      try (PreparedStatement update = connection.prepareStatement("UPDATE comments SET status = 'queued', decisions = ? WHERE seq = ?")) {
        update.setString(1, JsonColumns.write(recorded));
        update.setLong(2, seq);
        update.executeUpdate();
      }
      if (status.equals("hidden")) Outbox.append(connection, brand, "unhide", platform, id, "routed to " + queue + " by " + agent, now);
      return find(connection, itemId, now);
    });
  }

  /**
   * Moves the open items of comments the rules route anew when an incident opens (the comments that
   * make the incident) to the queue they name, raising their priority to the decision's; each
   * comment gets the decision, naming the incident. Items already there, and items someone holds,
   * stay as they are.
   */
  public void gather(Connection connection, String incidentId, List<dev.crisisdesk.facts.Decision> routes) throws SQLException {
    long now = clock.millis();
    for (dev.crisisdesk.facts.Decision route : routes) {
      String[] key = route.commentKey().split("/", 3);
      String queue = String.valueOf(route.args().get("queue"));
      int priority = ((Number) route.args().get("priority")).intValue();
      Optional<String[]> open = Sql.first(connection, "SELECT i.item_id, c.decisions, c.seq FROM items i JOIN comments c ON c.seq = i.comment_seq "
          + "WHERE c.brand = ? AND c.platform = ? AND c.id = ? AND i.state = 'open' AND i.queue <> ? "
          // an item someone is answering stays where they took it from
          + "AND (i.lease_until IS NULL OR i.lease_until <= ?)",
          rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, key[0], key[1], key[2], queue, now);
      if (open.isEmpty()) continue;
      Sql.update(connection, "UPDATE items SET queue = ?, priority = GREATEST(priority, ?) WHERE item_id = ?", queue, priority, open.get()[0]);
      List<Object> decisions = open.get()[1] == null ? new ArrayList<>() : new ArrayList<>((List<?>) JsonColumns.read(open.get()[1]));
      Map<String, Object> decision = new LinkedHashMap<>();
      decision.put("action", "route");
      decision.put("queue", queue);
      decision.put("priority", priority);
      decision.put("rule", route.rule());
      decision.put("incident", incidentId);
      decisions.add(decision);
      Sql.update(connection, "UPDATE comments SET decisions = ? WHERE seq = ?", JsonColumns.write(decisions), Long.parseLong(open.get()[2]));
      event(connection, open.get()[0], "item.moved", now);
    }
  }

  /**
   * Puts a processed comment where its outcome sends it, inside the transaction that records it: a
   * queue item when it is queued, a hide in the outbox when it is hidden, nothing otherwise.
   */
  public void place(Connection connection, StoredComment stored, Outcome outcome) throws SQLException {
    long now = clock.millis();
    PostedComment comment = stored.comment();
    if (outcome.status() == Outcome.Status.QUEUED) {
      Outcome.Route route = outcome.route();
      // the SLA runs from when the comment reached us, if that is later than when it was written
      open(connection, stored.seq(), route.queue(), route.priority(), route.dueAt().toEpochMilli(), route.rules(), now, true);
    } else if (outcome.status() == Outcome.Status.HIDDEN) {
      String reason = outcome.decisions().stream()
          .filter(d -> d.action() == Decision.Action.HIDE)
          .map(d -> String.valueOf(d.args().get("reason"))).findFirst().orElse(null);
      Outbox.append(connection, comment.brand(), "hide", comment.platform(), comment.id(), reason, now);
    }
  }

  /**
   * Opens a queue item for a stored comment and records its {@code item.queued} event; returns the
   * item's id. With {@code fromReceipt} the due time moves by how much later than it was written the
   * comment reached us, so a comment delivered late still gets its whole SLA.
   */
  static String open(Connection connection, long seq, String queue, int priority, long dueAt, List<String> rules, long now,
      boolean fromReceipt) throws SQLException {
    String itemId = UUID.randomUUID().toString();
    String due = fromReceipt ? "? + GREATEST(0, received_at - created_at)" : "?";
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO items (item_id, comment_seq, brand, queue, priority, due_at, comment_created_at, rules, state, created_at) "
            + "SELECT ?, seq, brand, ?, ?, " + due + ", created_at, ?, 'open', ? FROM comments WHERE seq = ?")) {
      insert.setString(1, itemId);
      insert.setString(2, queue);
      insert.setInt(3, priority);
      insert.setLong(4, dueAt);
      insert.setString(5, JsonColumns.write(rules));
      insert.setLong(6, now);
      insert.setLong(7, seq);
      insert.executeUpdate();
    }
    event(connection, itemId, "item.queued", now);
    return itemId;
  }

  /** Answers the item: closes it, marks its comment replied and puts the reply in the outbox. */
  public QueueItem reply(String itemId, String agent, String keyId, String text) {
    return asHolder(itemId, agent, keyId, (connection, now) -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT c.brand, c.platform, c.id FROM items i JOIN comments c ON c.seq = i.comment_seq WHERE i.item_id = ?")) {
        select.setString(1, itemId);
        try (ResultSet rs = select.executeQuery()) {
          rs.next();
          Outbox.append(connection, rs.getString(1), "reply", rs.getString(2), rs.getString(3), text, now);
        }
      }
      close(connection, itemId, "replied", agent, text, now);
    });
  }

  /** Closes the item without a reply. */
  public QueueItem resolve(String itemId, String agent, String keyId) {
    return asHolder(itemId, agent, keyId, (connection, now) -> close(connection, itemId, "resolved", agent, null, now));
  }

  /** Gives the item back to its queue. */
  public QueueItem release(String itemId, String agent, String keyId) {
    return asHolder(itemId, agent, keyId, (connection, now) -> {
      update(connection, "UPDATE items SET claimed_by = NULL, claim_key = NULL, lease_until = NULL WHERE item_id = ?", itemId);
      event(connection, itemId, "item.released", now);
    });
  }

  /** Moves the item to another queue, free for that queue's agents; its due time stays. */
  public QueueItem move(String itemId, String agent, String keyId, String queue) {
    return asHolder(itemId, agent, keyId, (connection, now) -> {
      try (PreparedStatement move = connection.prepareStatement(
          "UPDATE items SET queue = ?, claimed_by = NULL, claim_key = NULL, lease_until = NULL WHERE item_id = ?")) {
        move.setString(1, queue);
        move.setString(2, itemId);
        move.executeUpdate();
      }
      event(connection, itemId, "item.moved", now);
    });
  }

  private interface HolderAction {
    void run(Connection connection, long now) throws SQLException;
  }

  private QueueItem asHolder(String itemId, String agent, String keyId, HolderAction action) {
    long now = clock.millis();
    return db.inTransaction(connection -> {
      try (PreparedStatement lock = connection.prepareStatement(
          "SELECT state, claimed_by, claim_key, lease_until FROM items WHERE item_id = ? FOR UPDATE")) {
        lock.setString(1, itemId);
        try (ResultSet rs = lock.executeQuery()) {
          if (!rs.next()) throw new Conflict("item " + itemId + " does not exist");
          if (!"open".equals(rs.getString("state"))) throw new Conflict("item " + itemId + " is closed (" + rs.getString("state") + ")");
          long leaseUntil = rs.getLong("lease_until");
          boolean held = !rs.wasNull() && leaseUntil > now
              && agent.equals(rs.getString("claimed_by")) && keyId.equals(rs.getString("claim_key"));
          if (!held) throw new Conflict("agent '" + agent + "' does not hold the lease on item " + itemId);
        }
      }
      action.run(connection, now);
      return find(connection, itemId, now).orElseThrow();
    });
  }

  private static void close(Connection connection, String itemId, String state, String agent, String reply, long now)
      throws SQLException {
    try (PreparedStatement close = connection.prepareStatement(
        "UPDATE items SET state = ?, closed_at = ?, closed_by = ?, reply = ?, lease_until = NULL WHERE item_id = ?")) {
      close.setString(1, state);
      close.setLong(2, now);
      close.setString(3, agent);
      close.setString(4, reply);
      close.setString(5, itemId);
      close.executeUpdate();
    }
    try (PreparedStatement comment = connection.prepareStatement(
        "UPDATE comments SET status = ? WHERE seq = (SELECT comment_seq FROM items WHERE item_id = ?)")) {
      comment.setString(1, state);
      comment.setString(2, itemId);
      comment.executeUpdate();
    }
    event(connection, itemId, "item.closed", now);
  }

  /**
   * Appends an event about an item as it now is: its id, queue, priority, due time, holder, state and
   * comment key (never the comment's text or author, which erasure must be able to remove).
   */
  static void event(Connection connection, String itemId, String type, long now) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT i.brand, i.queue, i.priority, i.due_at, i.claimed_by, "
        + "i.lease_until, i.state, i.rules, c.platform, c.id FROM items i JOIN comments c ON c.seq = i.comment_seq WHERE i.item_id = ?")) {
      select.setString(1, itemId);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) return;
        long leaseUntil = rs.getLong("lease_until");
        boolean leased = !rs.wasNull() && leaseUntil > now;
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("itemId", itemId);
        item.put("queue", rs.getString("queue"));
        item.put("priority", rs.getInt("priority"));
        item.put("dueAt", Instant.ofEpochMilli(rs.getLong("due_at")).toString());
        item.put("claimedBy", leased ? rs.getString("claimed_by") : null);
        item.put("state", rs.getString("state"));
        item.put("rules", JsonColumns.strings(rs.getString("rules")));
        item.put("platform", rs.getString("platform"));
        item.put("commentId", rs.getString("id"));
        Events.append(connection, rs.getString("brand"), type, JsonColumns.write(Map.of("item", item)), now);
      }
    }
  }

  private static void update(Connection connection, String sql, String itemId) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, itemId);
      update.executeUpdate();
    }
  }

  private static Optional<QueueItem> find(Connection connection, String itemId, long now) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(ITEM_SELECT + " WHERE i.item_id = ?")) {
      select.setString(1, itemId);
      return withNotes(connection, items(select, now)).stream().findFirst();
    }
  }

  private static List<QueueItem> items(PreparedStatement select, long now) throws SQLException {
    List<QueueItem> items = new ArrayList<>();
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) items.add(item(rs, now));
    }
    return items;
  }

  /** The item of a row read with {@link #ITEM_SELECT}; its holder only while the lease runs. */
  private static QueueItem item(ResultSet rs, long now) throws SQLException {
    long leaseUntil = rs.getLong("lease_until");
    boolean leased = !rs.wasNull() && leaseUntil > now && "open".equals(rs.getString("state"));
    return new QueueItem(rs.getString("item_id"), rs.getString("queue"), rs.getInt("priority"), rs.getLong("due_at"),
        leased ? rs.getString("claimed_by") : null, leased ? leaseUntil : null, JsonColumns.strings(rs.getString("rules")),
        rs.getString("state"), CommentRows.view(rs), rs.getString("assigned_to"), List.of());
  }

  /** The items with their notes, oldest first, read in one query. */
  private static List<QueueItem> withNotes(Connection connection, List<QueueItem> items) throws SQLException {
    if (items.isEmpty()) return items;
    Map<String, List<QueueItem.Note>> notes = new java.util.HashMap<>();
    Sql.list(connection, "SELECT item_id, agent, text, at FROM item_notes WHERE item_id IN (" + Sql.marks(items.size()) + ") ORDER BY seq",
        rs -> notes.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new QueueItem.Note(rs.getString(2), rs.getString(3), rs.getLong(4))),
        items.stream().map(QueueItem::itemId).toArray());
    return items.stream().map(item -> item.withNotes(notes.getOrDefault(item.itemId(), List.of()))).toList();
  }
}
