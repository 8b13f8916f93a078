package dev.crisisdesk.comments;

import dev.crisisdesk.facts.Author;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;

/** A comment as an integration posted it, validated; what the store keeps and the API returns. */
public record PostedComment(String brand, String platform, String id, String text, Author author,
    Instant createdAt, JsonObject meta) {
  /** Optional string fields kept as posted. */
  public static final String[] META_FIELDS = {"postId", "inReplyTo", "url", "lang"};

  public PostedComment {
    Objects.requireNonNull(brand, "brand");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    meta = meta == null ? new JsonObject() : meta.copy();
  }

  public String key() {
    return brand + "/" + platform + "/" + id;
  }

  public String lang() {
    return meta.getString("lang");
  }

  public String inReplyTo() {
    return meta.getString("inReplyTo");
  }

  public static JsonObject authorJson(Author author) {
    return new JsonObject().put("id", author.getId()).put("handle", author.getHandle())
        .put("followers", author.getFollowers()).put("verified", author.isVerified());
  }

  public static Author authorOf(JsonObject json) {
    if (json == null) return Author.UNKNOWN;
    return new Author(json.getString("id"), json.getString("handle"),
        json.getLong("followers", 0L), json.getBoolean("verified", false));
  }
}
