package dev.crisisdesk.comments;

import dev.crisisdesk.facts.Author;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.nlp.Analysis;
import dev.crisisdesk.rules.Outcome;
import dev.crisisdesk.store.Database;
import dev.crisisdesk.store.Events;
import dev.crisisdesk.store.JsonColumns;
import dev.crisisdesk.store.Sql;
import dev.crisisdesk.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Comments and what happened to them. A comment is stored {@code received} before the 202; its
 * processing is recorded once, in one transaction, whatever the number of attempts.
 */
public final class CommentStore {
  private static final String UNIQUE_VIOLATION = "23505";

  private final Database db;
  private final Clock clock;

  public CommentStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** The comments newly stored, in request order, and how many were already known. */
  public record Insertion(List<StoredComment> stored, int duplicates) {}

  public Insertion insert(List<PostedComment> comments) {
    return insert(comments, false);
  }

  /** Stores new comments as received (or as history to backfill), skipping keys already stored. */
  public Insertion insert(List<PostedComment> comments, boolean backfill) {
    for (int attempt = 1; ; attempt++) {
      try {
        return db.inTransaction(connection -> insert(connection, comments, backfill));
      } catch (StoreException e) {
        // two requests raced on one key: on retry the first one's row is seen as a duplicate
        boolean race = e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
        if (!race || attempt == 3) throw e;
      }
    }
  }

  private Insertion insert(Connection connection, List<PostedComment> comments, boolean backfill) throws SQLException {
    List<StoredComment> stored = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int duplicates = 0;
    long now = clock.millis();
    try (PreparedStatement exists = connection.prepareStatement(
             "SELECT 1 FROM comments WHERE brand = ? AND platform = ? AND id = ?");
         PreparedStatement insert = connection.prepareStatement(
             "INSERT INTO comments (brand, platform, id, text, author, meta, created_at, received_at, status, backfill) "
                 + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'received', ?)", Statement.RETURN_GENERATED_KEYS)) {
      for (PostedComment comment : comments) {
        if (!seen.add(comment.key()) || exists(exists, comment)) {
          duplicates++;
          continue;
        }
        insert.setString(1, comment.brand());
        insert.setString(2, comment.platform());
        insert.setString(3, comment.id());
        insert.setString(4, comment.text());
        insert.setString(5, CommentRows.authorText(comment.author()));
        insert.setString(6, CommentRows.metaText(comment.meta()));
        insert.setLong(7, comment.createdAt().toEpochMilli());
        insert.setLong(8, now);
        insert.setBoolean(9, backfill);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          stored.add(new StoredComment(keys.getLong(1), comment, now, backfill));
        }
      }
    }
    return new Insertion(stored, duplicates);
  }

  /** The comments of the list not stored yet, each key once: what a log still has to carry. */
  public List<PostedComment> unseen(List<PostedComment> comments) {
    return db.inTransaction(connection -> {
      List<PostedComment> fresh = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM comments WHERE brand = ? AND platform = ? AND id = ?")) {
        for (PostedComment comment : comments) {
          if (seen.add(comment.key()) && !exists(exists, comment)) fresh.add(comment);
        }
      }
      return fresh;
    });
  }

  private static boolean exists(PreparedStatement exists, PostedComment comment) throws SQLException {
    exists.setString(1, comment.brand());
    exists.setString(2, comment.platform());
    exists.setString(3, comment.id());
    try (ResultSet rs = exists.executeQuery()) {
      return rs.next();
    }
  }

  /**
   * A brand's processed comments within {@code span} of its newest processed one, by event time,
   * as rules see them: what refills a new session's windows.
   */
  public List<Comment> recentFacts(String brand, Duration span) {
    return db.inTransaction(connection -> {
      List<Comment> out = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT " + CommentRows.COLUMNS
          + " FROM comments c WHERE c.brand = ? AND c.sentiment IS NOT NULL AND c.created_at >= "
          + "(SELECT MAX(created_at) FROM comments WHERE brand = ? AND sentiment IS NOT NULL) - ? ORDER BY c.created_at, c.seq")) {
        select.setString(1, brand);
        select.setString(2, brand);
        select.setLong(3, span.toMillis());
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) out.add(CommentRows.fact(rs));
        }
      }
      return out;
    });
  }

  /** Every comment stored but not yet processed, oldest first: what a restart resumes. */
  public List<StoredComment> received() {
    return db.inTransaction(connection -> {
      List<StoredComment> out = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT seq, brand, platform, id, text, author, meta, created_at, received_at, backfill FROM comments "
              + "WHERE status = 'received' ORDER BY seq")) {
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            out.add(new StoredComment(rs.getLong("seq"), new PostedComment(rs.getString("brand"), rs.getString("platform"),
                rs.getString("id"), textOrErased(rs.getString("text")), authorOrErased(rs.getString("author")),
                Instant.ofEpochMilli(rs.getLong("created_at")), CommentRows.meta(rs.getString("meta"))), rs.getLong("received_at"),
                rs.getBoolean("backfill")));
          }
        }
      }
      return out;
    });
  }

  private static String textOrErased(String text) {
    return text == null ? "" : text;
  }

  private static Author authorOrErased(String author) {
    return CommentRows.author(author);
  }

  /**
   * Records the analysis and the decisions of a received comment, with whatever {@code also} writes
   * (its queue item or hide, its incidents), atomically. Returns false, changing nothing, if the
   * comment was processed already.
   */
  public boolean complete(StoredComment stored, Analysis analysis, Outcome outcome, Database.Step also) {
    return completeAll(List.of(new Completion(stored, analysis, outcome, also))).get(0);
  }

  /** One comment's completion, as {@link #complete} takes it. */
  public record Completion(StoredComment stored, Analysis analysis, Outcome outcome, Database.Step also) {}

  /**
   * Records several completions in one transaction (one commit instead of one per comment): each
   * as {@link #complete} would, skipping those processed already. Returns, in order, whether each
   * was recorded.
   */
  public List<Boolean> completeAll(List<Completion> completions) {
    return db.inTransaction(connection -> {
      List<Boolean> recorded = new ArrayList<>(completions.size());
      for (Completion c : completions) {
        String status = c.outcome().status().name().toLowerCase(Locale.ROOT);
        boolean marked = markProcessed(connection, c.stored().seq(), status, c.analysis(), CommentRows.decisionsText(c.outcome().decisions()), null);
        if (marked) c.also().run(connection);
        recorded.add(marked);
      }
      return recorded;
    });
  }

  /** Records that the rules failed on a received comment; it keeps its analysis and the error. */
  public boolean fail(StoredComment stored, Analysis analysis, String error) {
    String bounded = error.length() > 2000 ? error.substring(0, 2000) : error;
    return db.inTransaction(connection -> {
      boolean marked = markProcessed(connection, stored.seq(), "failed", analysis, "[]", bounded);
      if (marked) {
        // consoles and webhooks hear of it: a failing rule set is the strategist's to fix
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("platform", stored.comment().platform());
        data.put("commentId", stored.comment().id());
        data.put("reason", bounded);
        Events.append(connection, stored.comment().brand(), "rules.failed", JsonColumns.write(data), System.currentTimeMillis());
      }
      return marked;
    });
  }

  private static boolean markProcessed(Connection connection, long seq, String status, Analysis analysis,
      String decisions, String error) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE comments SET status = ?, sentiment = ?, sentiment_score = ?, toxicity = ?, decisions = ?, error = ?, hate = ?, signals = ? "
            + "WHERE seq = ? AND status = 'received'")) {
      update.setString(1, status);
      update.setString(2, analysis == null ? null : analysis.sentiment().label());
      if (analysis == null) {
        update.setNull(3, Types.DOUBLE);
        update.setNull(4, Types.DOUBLE);
      } else {
        update.setDouble(3, analysis.score());
        update.setDouble(4, analysis.toxicity());
      }
      update.setString(5, decisions);
      update.setString(6, error);
      if (analysis == null) update.setNull(7, Types.DOUBLE);
      else update.setDouble(7, analysis.hate());
      update.setString(8, analysis == null ? null : CommentRows.signalsText(analysis.signals()));
      update.setLong(9, seq);
      return update.executeUpdate() == 1;
    }
  }

  /** The comment as posted with its status, analysis, decisions and open item, if any. */
  public Optional<CommentView> find(String brand, String platform, String id) {
    return db.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT " + CommentRows.COLUMNS + ", "
          + ITEM_COLUMNS + " FROM comments c LEFT JOIN items i ON i.comment_seq = c.seq "
          + "WHERE c.brand = ? AND c.platform = ? AND c.id = ?")) {
        select.setString(1, brand);
        select.setString(2, platform);
        select.setString(3, id);
        try (ResultSet rs = select.executeQuery()) {
          if (!rs.next()) return Optional.empty();
          return Optional.of(withItem(rs));
        }
      }
    });
  }

  /** The item columns a comment is shown with, from {@code items i}. */
  private static final String ITEM_COLUMNS = "i.item_id, i.queue, i.priority, i.due_at, i.state";

  /** The comment of this row with its item, if it has one. */
  private static CommentView withItem(ResultSet rs) throws SQLException {
    String itemId = rs.getString("item_id");
    CommentView.Item item = itemId == null ? null
        : new CommentView.Item(itemId, rs.getString("queue"), rs.getInt("priority"), rs.getLong("due_at"), "open".equals(rs.getString("state")));
    return CommentRows.view(rs, item);
  }

  /** A page of comments, newest first; {@code next} (null on the last page) is the cursor for the page after. */
  public record Page(List<CommentView> comments, Long next) {}

  /** A page of a brand's comments, newest first, after a cursor from an earlier page; each as {@link #find} shows it. */
  public Page list(String brand, String status, String query, Long before, int limit) {
    return list(brand, status, query, null, before, limit);
  }

  /** As above, also only the comments of one author (by handle, without the @, or by id) when given. */
  public Page list(String brand, String status, String query, String author, Long before, int limit) {
    return db.inTransaction(connection -> {
      StringBuilder sql = new StringBuilder("SELECT " + CommentRows.COLUMNS + ", " + ITEM_COLUMNS
          + " FROM comments c LEFT JOIN items i ON i.comment_seq = c.seq WHERE c.brand = ?");
      List<Object> args = new ArrayList<>(List.of(brand));
      if (status != null) {
        sql.append(" AND c.status = ?");
        args.add(status);
      }
      if (query != null) {
        sql.append(" AND LOWER(c.text) LIKE ? ESCAPE '\\'");
        args.add("%" + like(query.toLowerCase(Locale.ROOT)) + "%");
      }
      if (author != null) {
        // the author column holds the posted author object as JSON: match its handle or id exactly
        sql.append(" AND (c.author LIKE ? ESCAPE '\\' OR c.author LIKE ? ESCAPE '\\')");
        for (String field : List.of("handle", "id")) {
          String json = JsonColumns.write(Map.of(field, author.startsWith("@") ? author.substring(1) : author));
          args.add("%" + like(json.substring(1, json.length() - 1)) + "%");
        }
      }
      if (before != null) {
        sql.append(" AND c.seq < ?");
        args.add(before);
      }
      sql.append(" ORDER BY c.seq DESC LIMIT ?");
      args.add(limit + 1);
      List<CommentView> comments = new ArrayList<>();
      Long next = null;
      try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
        for (int i = 0; i < args.size(); i++) select.setObject(i + 1, args.get(i));
        try (ResultSet rs = select.executeQuery()) {
          long last = 0;
          while (rs.next()) {
            // the row past the page only tells that there is a next page
            if (comments.size() == limit) {
              next = last;
              break;
            }
            comments.add(withItem(rs));
            last = rs.getLong("seq");
          }
        }
      }
      return new Page(comments, next);
    });
  }

  /** A brand's comments with these ids (on any platform), oldest first, each with its item. */
  public List<CommentView> byIds(String brand, java.util.Collection<String> ids) {
    if (ids.isEmpty()) return List.of();
    List<Object> args = new ArrayList<>();
    args.add(brand);
    args.addAll(ids);
    return db.inTransaction(connection -> Sql.list(connection, "SELECT " + CommentRows.COLUMNS + ", " + ITEM_COLUMNS
        + " FROM comments c LEFT JOIN items i ON i.comment_seq = c.seq WHERE c.brand = ? AND c.id IN (" + Sql.marks(ids.size()) + ") ORDER BY c.created_at, c.seq",
        CommentStore::withItem, args.toArray()));
  }

  /** The texts of up to {@code limit} of a brand's comments written in [from, to), newest first (erased ones left out). */
  public List<String> texts(String brand, long from, long to, int limit) {
    return db.inTransaction(connection -> Sql.list(connection, "SELECT text FROM comments WHERE brand = ? AND created_at >= ? AND created_at < ? "
        + "AND text IS NOT NULL ORDER BY created_at DESC LIMIT ?", rs -> rs.getString(1), brand, from, to, limit));
  }

  /** The text escaped for a LIKE pattern whose escape character is the backslash. */
  private static String like(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** Erases the text and author of a comment; its decisions, status and counts stay. */
  public boolean erase(String brand, String platform, String id) {
    long now = clock.millis();
    return db.inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE comments SET text = NULL, author = NULL, erased_at = ? WHERE brand = ? AND platform = ? AND id = ?")) {
        update.setLong(1, now);
        update.setString(2, brand);
        update.setString(3, platform);
        update.setString(4, id);
        return update.executeUpdate() == 1;
      }
    });
  }
}
