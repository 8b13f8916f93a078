package dev.crisisdesk.kpi;

import dev.crisisdesk.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What a brand's key figures are computed from ({@link KpiReport}): the queue items of the comments
 * received in a period, and the comments written in it counted per hour by sentiment.
 */
public final class KpiStore {
  static final long HOUR = 3_600_000L;

  /** An item of a comment received in the period; {@code closedAt} is null while it is open. */
  public record Item(String state, long dueAt, Long closedAt, long receivedAt) {}

  /** The comments written in one hour (its start), by sentiment; {@code averageScore} is null when none was analysed. */
  public record Hour(long hour, int comments, int negative, int neutral, int positive, Double averageScore) {}

  public record Period(List<Item> items, List<Hour> hours) {}

  private final Database db;

  public KpiStore(Database db) {
    this.db = db;
  }

  public Period read(String brand, long from, long to) {
    return db.inTransaction(connection -> {
      List<Item> items = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT i.state, i.due_at, i.closed_at, c.received_at FROM items i JOIN comments c ON c.seq = i.comment_seq "
              + "WHERE i.brand = ? AND c.received_at >= ? AND c.received_at < ?")) {
        select.setString(1, brand);
        select.setLong(2, from);
        select.setLong(3, to);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            long closed = rs.getLong("closed_at");
            Long closedAt = rs.wasNull() ? null : closed;
            items.add(new Item(rs.getString("state"), rs.getLong("due_at"), closedAt, rs.getLong("received_at")));
          }
        }
      }
      List<Hour> hours = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT FLOOR(created_at / " + HOUR + ") AS bucket, COUNT(*) AS comments, "
              + "SUM(CASE WHEN sentiment IN ('negative', 'very_negative') THEN 1 ELSE 0 END) AS negative, "
              + "SUM(CASE WHEN sentiment = 'neutral' THEN 1 ELSE 0 END) AS neutral, "
              + "SUM(CASE WHEN sentiment IN ('positive', 'very_positive') THEN 1 ELSE 0 END) AS positive, "
              + "AVG(sentiment_score) AS score FROM comments WHERE brand = ? AND created_at >= ? AND created_at < ? "
              + "GROUP BY FLOOR(created_at / " + HOUR + ") ORDER BY bucket")) {
        select.setString(1, brand);
        select.setLong(2, from);
        select.setLong(3, to);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            double score = rs.getDouble("score");
            Double average = rs.wasNull() ? null : score;
            hours.add(new Hour(rs.getLong("bucket") * HOUR, rs.getInt("comments"), rs.getInt("negative"), rs.getInt("neutral"),
                rs.getInt("positive"), average));
          }
        }
      }
      return new Period(items, hours);
    });
  }
}
