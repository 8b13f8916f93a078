package dev.crisisdesk.facts;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kie.api.definition.type.Expires;
import org.kie.api.definition.type.Role;
import org.kie.api.definition.type.Timestamp;

/**
 * One analyzed comment: the event every rule matches. Its time is the platform's {@code createdAt}
 * (event time), so a replayed day behaves exactly as it did live.
 *
 * <p>Immutable on purpose: modifying an event in a STREAM session leaks memory once it expires,
 * so rules record decisions through {@link Actions} instead. It stays in the session for 75 minutes
 * of event time: the longest window of the default crisis plan (70 minutes) and a little more.
 */
@Role(Role.Type.EVENT)
@Timestamp("eventTime")
@Expires("75m")
public final class Comment {
  private static final Pattern QUESTION_START = Pattern.compile(
      "^(how|what|when|where|why|who|which|can|could|would|will|is|are|do|does|did|should|any)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://|\\bwww\\.");

  private final String brand;
  private final String platform;
  private final String id;
  private volatile String text;
  private volatile Author author;
  private final long eventTime;
  private final Sentiment sentiment;
  private final double sentimentScore;
  private final double toxicity;
  private final double hate;
  private final String lang;
  private final String inReplyTo;

  public Comment(String brand, String platform, String id, String text, Author author,
      Instant createdAt, Sentiment sentiment, double sentimentScore, double toxicity, double hate,
      String lang, String inReplyTo) {
    if (sentimentScore < -1 || sentimentScore > 1) {
      throw new IllegalArgumentException("sentimentScore outside [-1, 1]: " + sentimentScore);
    }
    if (toxicity < 0 || toxicity > 1) {
      throw new IllegalArgumentException("toxicity outside [0, 1]: " + toxicity);
    }
    if (hate < 0 || hate > 1) throw new IllegalArgumentException("hate outside [0, 1]: " + hate);
    this.brand = brand;
    this.platform = platform;
    this.id = id;
    this.text = text;
    this.author = author == null ? Author.UNKNOWN : author;
    this.eventTime = createdAt.toEpochMilli();
    this.sentiment = sentiment;
    this.sentimentScore = sentimentScore;
    this.toxicity = toxicity;
    this.hate = hate;
    this.lang = lang == null ? "" : lang;
    this.inReplyTo = inReplyTo == null ? "" : inReplyTo;
  }

  public String getBrand() {
    return brand;
  }

  public String getPlatform() {
    return platform;
  }

  public String getId() {
    return id;
  }

  public String getText() {
    return text;
  }

  public Author getAuthor() {
    return author;
  }

  /**
   * For the service, not for rules (the rule sandbox refuses the word): blanks the text and the
   * author when the comment is erased, so the session's window keeps counting it without its words.
   */
  public void erase() {
    text = "";
    author = Author.UNKNOWN;
  }

  /** Event time in epoch milliseconds; what windows are measured in. */
  public long getEventTime() {
    return eventTime;
  }

  public Instant getCreatedAt() {
    return Instant.ofEpochMilli(eventTime);
  }

  public Sentiment getSentiment() {
    return sentiment;
  }

  /** From -1 (very negative) to 1 (very positive). */
  public double getSentimentScore() {
    return sentimentScore;
  }

  /** From 0 (harmless) to 1 (offensive or abusive). */
  public double getToxicity() {
    return toxicity;
  }

  /** From 0 to 1: how likely the comment is hate speech against a group. */
  public double getHate() {
    return hate;
  }

  /** The language the platform reported, or empty. */
  public String getLang() {
    return lang;
  }

  /** The id of the comment this one answers, or empty. */
  public String getInReplyTo() {
    return inReplyTo;
  }

  public boolean isNegative() {
    return sentiment.isNegative();
  }

  public boolean isPositive() {
    return sentiment.isPositive();
  }

  public boolean isNeutral() {
    return sentiment == Sentiment.NEUTRAL;
  }

  /** Ends a sentence with a question mark, or opens with a question word ("how do I ..."). */
  public boolean isQuestion() {
    return text.indexOf('?') >= 0 || QUESTION_START.matcher(text.strip()).find();
  }

  public int getLinkCount() {
    int count = 0;
    var matcher = LINK.matcher(text);
    while (matcher.find()) count++;
    return count;
  }

  /** Whether the text holds any of these words or phrases, ignoring case. */
  public boolean mentions(String... phrases) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String phrase : phrases) {
      if (lower.contains(phrase.toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** The idempotency key of the contract: brand, platform and platform id. */
  public String key() {
    return brand + "/" + platform + "/" + id;
  }

  @Override
  public String toString() {
    return "Comment[" + key() + ", " + sentiment.label() + "]";
  }
}
