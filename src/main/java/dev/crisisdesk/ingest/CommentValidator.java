package dev.crisisdesk.ingest;

import dev.crisisdesk.comments.PostedComment;
import dev.crisisdesk.facts.Author;
import dev.crisisdesk.http.Requests;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks posted comments against the contract's field table. Every problem of a batch is
 * reported (index, JSON pointer, problem); unknown fields are ignored.
 */
public final class CommentValidator {
  public static final Set<String> PLATFORMS =
      Set.of("twitter", "instagram", "facebook", "tiktok", "youtube", "linkedin", "reddit", "other");
  static final int MAX_TEXT_CODE_POINTS = 10_000;
  static final int MAX_ID_CHARS = 512;
  static final int MAX_STRING_CHARS = 2_048;
  static final Duration MAX_FUTURE = Duration.ofMinutes(5);

  private final Clock clock;

  public CommentValidator(Clock clock) {
    this.clock = clock;
  }

  /** The comments, or the problems found in them; never both. */
  public record Result(List<PostedComment> comments, JsonArray problems) {}

  public Result validate(List<Object> items) {
    List<PostedComment> comments = new ArrayList<>();
    JsonArray problems = new JsonArray();
    Instant now = clock.instant();
    for (int index = 0; index < items.size(); index++) {
      Problems p = new Problems(index, problems);
      if (!(items.get(index) instanceof JsonObject json)) {
        p.add("", "must be a JSON object");
        continue;
      }
      PostedComment comment = validate(json, p, now);
      if (comment != null) comments.add(comment);
    }
    return problems.isEmpty() ? new Result(comments, problems) : new Result(List.of(), problems);
  }

  private PostedComment validate(JsonObject json, Problems p, Instant now) {
    int before = p.count();
    String id = string(json, "id", true, MAX_ID_CHARS, p);
    String brand = string(json, "brand", true, 64, p);
    if (brand != null && !Requests.BRAND.matcher(brand).matches()) p.add("/brand", "must match [a-z0-9-]{1,64}");
    String platform = string(json, "platform", true, 16, p);
    if (platform != null && !PLATFORMS.contains(platform)) p.add("/platform", "must be one of " + PLATFORMS);
    String text = string(json, "text", true, Integer.MAX_VALUE, p);
    if (text != null) {
      int length = text.codePointCount(0, text.length());
      if (length < 1 || length > MAX_TEXT_CODE_POINTS) p.add("/text", "must hold 1 to 10,000 characters, has " + length);
    }
    Author author = author(json.getValue("author"), p);
    Instant createdAt = createdAt(json.getValue("createdAt"), now, p);
    Map<String, String> meta = new LinkedHashMap<>();
    for (String field : PostedComment.META_FIELDS) {
      String value = string(json, field, false, MAX_STRING_CHARS, p);
      if (value != null) meta.put(field, value);
    }
    if (p.count() > before) return null;
    return new PostedComment(brand, platform, id, text, author, createdAt, meta);
  }

  private static String string(JsonObject json, String field, boolean required, int maxChars, Problems p) {
    Object value = json.getValue(field);
    if (value == null) {
      if (required) p.add("/" + field, "is required");
      return null;
    }
    if (!(value instanceof String s)) {
      p.add("/" + field, "must be a string");
      return null;
    }
    if (required && s.isEmpty()) {
      p.add("/" + field, "must not be empty");
      return null;
    }
    if (s.length() > maxChars) {
      p.add("/" + field, "must be at most " + maxChars + " characters");
      return null;
    }
    String problem = characterProblem(s, field.equals("text"));
    if (problem != null) {
      p.add("/" + field, problem);
      return null;
    }
    return s;
  }

  /**
   * Control characters (only tab and line breaks, and only in a text) and unpaired surrogates
   * (which escaped JSON strings can carry) are refused: no platform sends them, and they break
   * logs, terminals and URLs downstream.
   */
  static String characterProblem(String s, boolean multiline) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "holds an unpaired surrogate at character " + i + "; send valid Unicode";
      } else if ((c < 0x20 && !(multiline && (c == '\t' || c == '\n' || c == '\r'))) || c == 0x7f) {
        return String.format("holds the control character U+%04X at character %d", (int) c, i);
      }
    }
    return null;
  }

  private static Author author(Object value, Problems p) {
    if (value == null) return Author.UNKNOWN;
    if (!(value instanceof JsonObject json)) {
      p.add("/author", "must be an object");
      return null;
    }
    int before = p.count();
    String id = string(json, "id", false, MAX_ID_CHARS, p.nested("/author"));
    String handle = string(json, "handle", false, MAX_STRING_CHARS, p.nested("/author"));
    Long followers = null;
    Object rawFollowers = json.getValue("followers");
    if (rawFollowers != null) {
      if (!(rawFollowers instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
          || n.doubleValue() < 0 || n.doubleValue() > Long.MAX_VALUE) {
        p.add("/author/followers", "must be an integer >= 0");
      } else {
        followers = n.longValue();
      }
    }
    Object verified = json.getValue("verified");
    if (verified != null && !(verified instanceof Boolean)) p.add("/author/verified", "must be a boolean");
    if (p.count() > before) return null;
    return new Author(id, handle, followers, Boolean.TRUE.equals(verified));
  }

  private Instant createdAt(Object value, Instant now, Problems p) {
    if (value == null) return now;
    if (!(value instanceof String s)) {
      p.add("/createdAt", "must be an ISO-8601 time string");
      return null;
    }
    Instant instant;
    try {
      instant = OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      p.add("/createdAt", "must be an ISO-8601 time with an offset, like 2026-11-01T12:00:00Z");
      return null;
    }
    if (instant.isAfter(now.plus(MAX_FUTURE))) {
      p.add("/createdAt", "is more than 5 minutes in the future");
      return null;
    }
    if (instant.getEpochSecond() < 0) {
      p.add("/createdAt", "is before 1970");
      return null;
    }
    return instant;
  }

  /** Problems of one item of the batch; fields are JSON pointers into that item. */
  private record Problems(int index, JsonArray all, String prefix) {
    Problems(int index, JsonArray all) {
      this(index, all, "");
    }

    Problems nested(String pointer) {
      return new Problems(index, all, prefix + pointer);
    }

    void add(String field, String problem) {
      all.add(new JsonObject().put("index", index).put("field", prefix + field).put("problem", problem));
    }

    /** Problems found so far in the whole batch: enough to tell whether a step added one. */
    int count() {
      return all.size();
    }
  }
}
