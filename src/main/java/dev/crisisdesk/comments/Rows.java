package dev.crisisdesk.comments;

import dev.crisisdesk.facts.Decision;
import dev.crisisdesk.comments.PostedComment;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** How comments and items look in the API, mapped from their rows in one place. */
public final class Rows {
  /** The columns {@link #comment(ResultSet)} reads, from {@code comments c}. */
  public static final String COMMENT_COLUMNS = "c.seq, c.brand, c.platform, c.id, c.text, c.author, c.meta, c.created_at, "
      + "c.status, c.sentiment, c.sentiment_score, c.toxicity, c.hate, c.decisions, c.error, c.erased_at, c.backfill, c.signals";
  /** The columns {@link #item(ResultSet, long)} reads besides the comment's, from {@code items i}. */
  public static final String ITEM_COLUMNS = "i.item_id, i.queue, i.priority, i.due_at, i.claimed_by, i.lease_until, i.rules, i.state";

  private Rows() {}

  public static JsonObject comment(ResultSet rs) throws SQLException {
    JsonObject json = new JsonObject()
        .put("id", rs.getString("id"))
        .put("brand", rs.getString("brand"))
        .put("platform", rs.getString("platform"))
        .put("text", rs.getString("text"))
        .put("author", rs.getString("author") == null ? null : new JsonObject(rs.getString("author")))
        .put("createdAt", time(rs.getLong("created_at")));
    new JsonObject(rs.getString("meta")).forEach(field -> json.put(field.getKey(), field.getValue()));
    String signals = rs.getString("signals");
    if (signals != null) {
      JsonObject read = new JsonObject(signals);
      if (json.getString("lang") == null) json.put("lang", read.getString("lang", "und"));
      read.remove("lang");
      json.put("signals", read);
    }
    json.put("status", rs.getString("status"));
    if (rs.getBoolean("backfill")) json.put("backfill", true);
    String sentiment = rs.getString("sentiment");
    if (sentiment != null) {
      json.put("sentiment", new JsonObject().put("label", sentiment).put("score", rs.getDouble("sentiment_score")));
      json.put("toxicity", rs.getDouble("toxicity"));
      json.put("hate", rs.getDouble("hate"));
    }
    String decisions = rs.getString("decisions");
    json.put("decisions", decisions == null ? new JsonArray() : new JsonArray(decisions));
    if (rs.getString("error") != null) json.put("error", rs.getString("error"));
    long erasedAt = rs.getLong("erased_at");
    if (!rs.wasNull()) json.put("erasedAt", time(erasedAt));
    return json;
  }

  public static JsonObject item(ResultSet rs, long now) throws SQLException {
    long leaseUntil = rs.getLong("lease_until");
    boolean leased = !rs.wasNull() && leaseUntil > now && "open".equals(rs.getString("state"));
    return new JsonObject()
        .put("itemId", rs.getString("item_id"))
        .put("queue", rs.getString("queue"))
        .put("priority", rs.getInt("priority"))
        .put("dueAt", time(rs.getLong("due_at")))
        .put("claimedBy", leased ? rs.getString("claimed_by") : null)
        .put("leaseUntil", leased ? time(leaseUntil) : null)
        .put("rules", new JsonArray(rs.getString("rules")))
        .put("state", rs.getString("state"))
        .put("comment", comment(rs));
  }

  /** The analyzed comment of a processed row, as rules see it. */
  public static dev.crisisdesk.facts.Comment fact(ResultSet rs) throws SQLException {
    JsonObject meta = new JsonObject(rs.getString("meta"));
    String author = rs.getString("author");
    String text = rs.getString("text");
    return new dev.crisisdesk.facts.Comment(rs.getString("brand"), rs.getString("platform"), rs.getString("id"),
        text == null ? "" : text, author == null ? null : PostedComment.authorOf(new JsonObject(author)),
        Instant.ofEpochMilli(rs.getLong("created_at")), dev.crisisdesk.facts.Sentiment.ofLabel(rs.getString("sentiment")),
        rs.getDouble("sentiment_score"), rs.getDouble("toxicity"), rs.getDouble("hate"), meta.getString("lang"), meta.getString("inReplyTo"),
        signals(rs.getString("signals")));
  }

  /** Signals as the comment row keeps them (and the API shows them, with {@code lang} at the top level). */
  public static String signalsJson(dev.crisisdesk.facts.Signals signals) {
    JsonObject json = new JsonObject().put("lang", signals.lang()).put("request", signals.request()).put("problem", signals.problem())
        .put("question", signals.question()).put("profanity", signals.profanity()).put("needsReply", Math.round(signals.needsReply() * 1000) / 1000.0);
    if (signals.abuse() != null) json.put("abuse", signals.abuse());
    if (signals.insult() != null) json.put("insult", signals.insult());
    if (signals.spam() != null) json.put("spam", signals.spam());
    if (signals.promotion() != null) json.put("promotion", signals.promotion());
    return json.encode();
  }

  public static dev.crisisdesk.facts.Signals signals(String json) {
    if (json == null) return dev.crisisdesk.facts.Signals.NONE;
    JsonObject read = new JsonObject(json);
    return new dev.crisisdesk.facts.Signals(read.getString("lang"), read.getBoolean("request", false), read.getBoolean("problem", false),
        read.getBoolean("question", false), read.getBoolean("profanity", false), read.getString("abuse"), read.getString("insult"), read.getString("spam"),
        read.getString("promotion"), read.getDouble("needsReply", 0.0));
  }

  public static String decisionsJson(List<Decision> decisions) {
    JsonArray array = new JsonArray();
    for (Decision decision : decisions) {
      JsonObject json = new JsonObject().put("action", decision.action().label());
      decision.args().forEach(json::put);
      json.put("rule", decision.rule());
      if (!decision.facts().isEmpty()) json.put("facts", new JsonObject(new java.util.LinkedHashMap<>(decision.facts())));
      array.add(json);
    }
    return array.encode();
  }

  public static String authorJson(PostedComment comment) {
    return PostedComment.authorJson(comment.author()).encode();
  }

  public static String time(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }
}
