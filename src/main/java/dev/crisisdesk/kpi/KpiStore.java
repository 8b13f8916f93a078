package dev.crisisdesk.kpi;

import dev.crisisdesk.http.Json;
import dev.crisisdesk.store.Database;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A brand's key figures over a period: first-response time (from when crisisdesk received the
 * comment to the reply, the same basis as SLAs), response rate, SLA breaches, and volume and
 * sentiment per hour of {@code createdAt}.
 */
public final class KpiStore {
  private static final long HOUR = 3_600_000L;

  private final Database db;
  private final Clock clock;

  public KpiStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public JsonObject kpis(String brand, long from, long to) {
    long now = clock.millis();
    return db.inTransaction(connection -> {
      List<Long> firstResponses = new ArrayList<>();
      int items = 0;
      int replied = 0;
      int breaches = 0;
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT i.state, i.due_at, i.closed_at, c.received_at FROM items i JOIN comments c ON c.seq = i.comment_seq "
              + "WHERE i.brand = ? AND c.received_at >= ? AND c.received_at < ?")) {
        select.setString(1, brand);
        select.setLong(2, from);
        select.setLong(3, to);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            items++;
            String state = rs.getString("state");
            long due = rs.getLong("due_at");
            long closed = rs.getLong("closed_at");
            boolean open = rs.wasNull();
            if ("replied".equals(state)) {
              replied++;
              firstResponses.add(closed - rs.getLong("received_at"));
            }
            if (open ? due < now : closed > due) breaches++;
          }
        }
      }
      JsonArray hourly = new JsonArray();
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
            hourly.add(new JsonObject().put("hour", Json.time(rs.getLong("bucket") * HOUR)).put("comments", rs.getInt("comments"))
                .put("negative", rs.getInt("negative")).put("neutral", rs.getInt("neutral")).put("positive", rs.getInt("positive"))
                .put("averageScore", rs.wasNull() ? null : Math.round(score * 1000) / 1000.0));
          }
        }
      }
      Collections.sort(firstResponses);
      return new JsonObject().put("brand", brand).put("from", Json.time(from)).put("to", Json.time(to))
          .put("firstResponseSeconds", new JsonObject().put("p50", percentile(firstResponses, 0.5))
              .put("p90", percentile(firstResponses, 0.9)).put("count", firstResponses.size()))
          .put("items", items).put("replied", replied)
          .put("responseRate", items == 0 ? null : Math.round(1000.0 * replied / items) / 1000.0)
          .put("slaBreaches", breaches).put("hourly", hourly);
    });
  }

  /** The nearest-rank percentile in seconds, or null without data. */
  static Double percentile(List<Long> sortedMillis, double p) {
    if (sortedMillis.isEmpty()) return null;
    int rank = (int) Math.ceil(p * sortedMillis.size());
    return sortedMillis.get(Math.max(0, rank - 1)) / 1000.0;
  }
}
