package dev.crisisdesk.comments;

import dev.crisisdesk.facts.Author;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Decision;
import dev.crisisdesk.facts.Sentiment;
import dev.crisisdesk.facts.Signals;
import dev.crisisdesk.nlp.Analysis;
import dev.crisisdesk.store.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a comment's row is written and read: its JSON columns and the records made from it, in one place. */
public final class CommentRows {
  /** The columns {@link #view} and {@link #fact} read, from {@code comments c}. */
  public static final String COLUMNS = "c.seq, c.brand, c.platform, c.id, c.text, c.author, c.meta, c.created_at, "
      + "c.status, c.sentiment, c.sentiment_score, c.toxicity, c.hate, c.decisions, c.error, c.erased_at, c.backfill, c.signals";

  private CommentRows() {}

  /** The comment of this row, without its item. */
  public static CommentView view(ResultSet rs) throws SQLException {
    return view(rs, null);
  }

  public static CommentView view(ResultSet rs, CommentView.Item item) throws SQLException {
    String author = rs.getString("author");
    String signals = rs.getString("signals");
    String decisions = rs.getString("decisions");
    List<Map<String, Object>> recorded = new ArrayList<>();
    if (decisions != null) for (Object decision : (List<?>) JsonColumns.read(decisions)) recorded.add(asMap(decision));
    long erasedAt = rs.getLong("erased_at");
    Long erased = rs.wasNull() ? null : erasedAt;
    return new CommentView(rs.getLong("seq"), rs.getString("id"), rs.getString("brand"), rs.getString("platform"), rs.getString("text"),
        author == null ? null : JsonColumns.object(author), rs.getLong("created_at"), meta(rs.getString("meta")),
        signals == null ? null : JsonColumns.object(signals), rs.getString("status"), rs.getBoolean("backfill"), rs.getString("sentiment"),
        rs.getDouble("sentiment_score"), rs.getDouble("toxicity"), rs.getDouble("hate"), recorded, rs.getString("error"), erased, item);
  }

  /** The analysed comment of a processed row, as rules see it. */
  public static Comment fact(ResultSet rs) throws SQLException {
    String text = rs.getString("text");
    String author = rs.getString("author");
    PostedComment posted = new PostedComment(rs.getString("brand"), rs.getString("platform"), rs.getString("id"), text == null ? "" : text,
        author == null ? null : author(author), Instant.ofEpochMilli(rs.getLong("created_at")), meta(rs.getString("meta")));
    return posted.fact(new Analysis(Sentiment.ofLabel(rs.getString("sentiment")), rs.getDouble("sentiment_score"), rs.getDouble("toxicity"),
        rs.getDouble("hate"), signals(rs.getString("signals"))));
  }

  static String metaText(Map<String, String> meta) {
    return JsonColumns.write(meta);
  }

  static Map<String, String> meta(String text) {
    Map<String, String> meta = new LinkedHashMap<>();
    JsonColumns.object(text).forEach((field, value) -> {
      if (value != null) meta.put(field, value.toString());
    });
    return meta;
  }

  static String authorText(Author author) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", author.getId());
    json.put("handle", author.getHandle());
    if (author.isFollowersKnown()) json.put("followers", author.getFollowers());
    json.put("verified", author.isVerified());
    return JsonColumns.write(json);
  }

  /** The author of a row; {@link Author#UNKNOWN} when erased or never posted. */
  static Author author(String text) {
    if (text == null) return Author.UNKNOWN;
    Map<String, Object> json = JsonColumns.object(text);
    Object followers = json.get("followers");
    return new Author((String) json.get("id"), (String) json.get("handle"), followers == null ? null : ((Number) followers).longValue(),
        Boolean.TRUE.equals(json.get("verified")));
  }

  /** Signals as the comment row keeps them (and the API shows them, with {@code lang} at the top level). */
  static String signalsText(Signals signals) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("lang", signals.lang());
    json.put("request", signals.request());
    json.put("problem", signals.problem());
    json.put("question", signals.question());
    json.put("profanity", signals.profanity());
    json.put("aboutService", signals.aboutService());
    json.put("namesGroup", signals.namesGroup());
    json.put("needsReply", Math.round(signals.needsReply() * 1000) / 1000.0);
    json.put("attack", Math.round(signals.attack() * 1000) / 1000.0);
    json.put("spamScore", Math.round(signals.spamScore() * 1000) / 1000.0);
    if (signals.abuse() != null) json.put("abuse", signals.abuse());
    if (signals.insult() != null) json.put("insult", signals.insult());
    if (signals.spam() != null) json.put("spam", signals.spam());
    if (signals.promotion() != null) json.put("promotion", signals.promotion());
    return JsonColumns.write(json);
  }

  static Signals signals(String text) {
    if (text == null) return Signals.NONE;
    Map<String, Object> json = JsonColumns.object(text);
    Object needsReply = json.get("needsReply");
    Object attack = json.get("attack");
    Object spamScore = json.get("spamScore");
    return new Signals((String) json.get("lang"), flag(json, "request"), flag(json, "problem"), flag(json, "question"),
        flag(json, "profanity"), flag(json, "aboutService"), flag(json, "namesGroup"), (String) json.get("abuse"), (String) json.get("insult"), (String) json.get("spam"),
        (String) json.get("promotion"), needsReply == null ? 0.0 : ((Number) needsReply).doubleValue(),
        attack == null ? 0.0 : ((Number) attack).doubleValue(), spamScore == null ? 0.0 : ((Number) spamScore).doubleValue());
  }

  private static boolean flag(Map<String, Object> json, String name) {
    return Boolean.TRUE.equals(json.get(name));
  }

  static String decisionsText(List<Decision> decisions) {
    List<Map<String, Object>> array = new ArrayList<>();
    for (Decision decision : decisions) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("action", decision.action().label());
      json.putAll(decision.args());
      json.put("rule", decision.rule());
      if (!decision.facts().isEmpty()) json.put("facts", new LinkedHashMap<>(decision.facts()));
      array.add(json);
    }
    return JsonColumns.write(array);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }
}
