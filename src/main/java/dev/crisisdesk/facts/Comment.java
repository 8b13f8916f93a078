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
 * <p>Immutable to rules on purpose: modifying an event in a STREAM session leaks memory once it
 * expires, so rules record decisions through {@link Actions} instead. The one change is the
 * service's: {@link #erase()} blanks an erased comment's words in place, without telling the engine,
 * so nothing fires again and no update is made. It stays in the session for 75 minutes
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
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|i'm|im|i've|i'd|i'll|my|me|mine|myself|we|we're|we've|our|ours|us)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK_OR_MENTION = Pattern.compile("(?:https?://|www\\.)\\S+|@\\w+");
  private static final Pattern FINGERPRINT_NOISE = Pattern.compile("[^\\p{L}\\p{N}]+");

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
  private final Signals signals;
  // computed once: rules compare it against every comment in their windows
  private volatile String fingerprint;

  /** A comment with no triage signals (tests, scenarios): its language is the one given, or unknown. */
  public Comment(String brand, String platform, String id, String text, Author author,
      Instant createdAt, Sentiment sentiment, double sentimentScore, double toxicity, double hate,
      String lang, String inReplyTo) {
    this(brand, platform, id, text, author, createdAt, sentiment, sentimentScore, toxicity, hate, lang, inReplyTo, Signals.NONE);
  }

  /** {@code lang}: the language the integration labeled, or null to take the one triage detected. */
  public Comment(String brand, String platform, String id, String text, Author author,
      Instant createdAt, Sentiment sentiment, double sentimentScore, double toxicity, double hate,
      String lang, String inReplyTo, Signals signals) {
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
    this.signals = signals == null ? Signals.NONE : signals;
    this.lang = lang == null || lang.isBlank() ? this.signals.lang() : lang;
    this.inReplyTo = inReplyTo == null ? "" : inReplyTo;
    this.fingerprint = fingerprintOf(this.text);
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
    fingerprint = "";
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

  /** ISO 639-1: the language the integration labeled, else the one detected from the text, else {@code "und"}. */
  public String getLang() {
    return lang;
  }

  /** Asks for something: a refund, a fix, a call back, help. */
  public boolean isRequest() {
    return signals.request();
  }

  /** Reports something broken, missing, late, wrong or charged. */
  public boolean isProblem() {
    return signals.problem();
  }

  /**
   * Names something the brand sells or does, or the people who do it (an order, a store, staff, an
   * app, a bill): the comment is about the business, not about the person it addresses.
   */
  public boolean isAboutService() {
    return signals.aboutService();
  }

  /**
   * Names a group of people (a religion, a nationality or ethnicity, women or men, immigrants or refugees, gay or
   * trans people), not as a kind of food or shop ("the chinese takeaway", "the men's toilets"): what hate speech
   * is aimed at, and what a report of a dirty place never needs.
   */
  public boolean isNamesGroup() {
    return signals.namesGroup();
  }

  /** Swears. Not abuse on its own: hidden only where the brand's settings say so. */
  public boolean isProfanity() {
    return signals.profanity();
  }

  /** Attacks a person or group beyond doubt: a threat, an incitement to self-harm, a slur, an attack on a group, private details. */
  public boolean isAbuse() {
    return signals.abuse() != null;
  }

  /** Why triage read the comment as abuse, or empty. */
  public String getAbuseReason() {
    return signals.abuse() == null ? "" : signals.abuse();
  }

  /** Sells, phishes or farms followers. */
  public boolean isSpam() {
    return signals.spam() != null;
  }

  /** Why triage read the comment as spam, or empty. */
  public String getSpamReason() {
    return signals.spam() == null ? "" : signals.spam();
  }

  /** Insults a person ("@someone you absolute moron") and reports no problem: for a moderator to judge. */
  public boolean isInsult() {
    return signals.insult() != null;
  }

  /** Why triage read the comment as an insult, or empty. */
  public String getInsultReason() {
    return signals.insult() == null ? "" : signals.insult();
  }

  /** Sells something or asks for a click: maybe spam, for a moderator to judge (true for all spam too). */
  public boolean isPromotion() {
    return signals.promotion() != null;
  }

  /** Why triage read the comment as promotional, or empty. */
  public String getPromotionReason() {
    return signals.promotion() == null ? "" : signals.promotion();
  }

  /** From 0 to 1: how much the comment reads like one support teams answer. */
  public double getNeedsReply() {
    return signals.needsReply();
  }

  /**
   * From 0 to 1: how much the comment reads like an attack on a person or group (an insult, a threat,
   * hate), whatever words it uses; low for complaints, however angry.
   */
  public double getAttack() {
    return signals.attack();
  }

  /**
   * From 0 to 1: how much the comment reads like spam (a pitch, a scam, a bot's come-on), whatever
   * words it uses; 0 for comments not in English.
   */
  public double getSpamScore() {
    return signals.spamScore();
  }

  /** The triage signals, for the service. */
  public Signals signals() {
    return signals;
  }

  /**
   * The text without links, mentions, case, punctuation and spacing: two comments with the same
   * fingerprint say the same thing (copy-pasted spam, a coordinated campaign). Empty for empty text.
   */
  public String getFingerprint() {
    return fingerprint;
  }

  private static String fingerprintOf(String text) {
    return FINGERPRINT_NOISE.matcher(LINK_OR_MENTION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll("");
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

  /** Has a question mark, opens with a question word ("how do I ..."), or asks without one ("wondering if ..."). */
  public boolean isQuestion() {
    return signals.question() || text.indexOf('?') >= 0 || QUESTION_START.matcher(text.strip()).find();
  }

  /**
   * Whether the writer speaks of themselves ("I", "my", "we", "us"): a customer telling what happened
   * to them ("my driver called me a stupid bitch"), which an insult at someone seldom does.
   */
  public boolean isFirstPerson() {
    return firstPerson(text);
  }

  /** {@link #isFirstPerson()} of any text (the model trainer measures the default pack's guard with it). */
  public static boolean firstPerson(String text) {
    return text != null && FIRST_PERSON.matcher(text.replace('\u2019', '\'')).find();
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

  /**
   * Who wrote it, for counting distinct writers: the author's id, else their handle, else the
   * comment itself (an integration that sends no author never makes comments look like one writer's).
   */
  public String getWriter() {
    if (!author.getId().isEmpty()) return "id:" + author.getId();
    if (!author.getHandle().isEmpty()) return "handle:" + author.getHandle();
    return "comment:" + key();
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
