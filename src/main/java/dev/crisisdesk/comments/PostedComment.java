package dev.crisisdesk.comments;

import dev.crisisdesk.facts.Author;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.nlp.Analysis;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A comment as an integration posted it, validated; what the store keeps and the API returns. */
public record PostedComment(String brand, String platform, String id, String text, Author author,
    Instant createdAt, Map<String, String> meta) {
  /** Optional string fields kept as posted, in {@code meta}. */
  public static final String[] META_FIELDS = {"postId", "inReplyTo", "url", "lang"};

  public PostedComment {
    Objects.requireNonNull(brand, "brand");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    meta = meta == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }

  /** The one place a posted comment and its analysis become the fact rules match (live, replayed, backfilled or read back). */
  public Comment fact(Analysis analysis) {
    return new Comment(brand, platform, id, text, author, createdAt, analysis.sentiment(), analysis.score(), analysis.toxicity(),
        analysis.hate(), lang(), inReplyTo(), analysis.signals());
  }

  public String key() {
    return brand + "/" + platform + "/" + id;
  }

  public String lang() {
    return meta.get("lang");
  }

  public String inReplyTo() {
    return meta.get("inReplyTo");
  }
}
