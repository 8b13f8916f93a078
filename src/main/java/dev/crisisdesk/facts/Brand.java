package dev.crisisdesk.facts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A brand's settings, as rules see them: one fact in each brand's session. The rule set's
 * {@code settings.json} gives the defaults; {@code PUT /v1/brands/{brand}} overrides them per brand,
 * so one rule pack serves many brands.
 */
public final class Brand {
  private final String name;
  private final List<String> watchTerms;
  private final ZoneId timezone;
  private final LocalTime opens;
  private final LocalTime closes;
  private final Set<DayOfWeek> days;
  private final Map<String, Double> thresholds;
  private final List<String> abusiveTerms;
  private final Set<String> ownAccounts;
  // the watch terms as whole words or phrases, any case
  private final Pattern watched;
  // the abusive terms as the start of a word ("idiot" also finds "idiots"), any case
  private final Pattern abusive;

  public Brand(String name, List<String> watchTerms, ZoneId timezone, LocalTime opens, LocalTime closes,
      Set<DayOfWeek> days, Map<String, Double> thresholds, List<String> abusiveTerms, List<String> ownAccounts) {
    this.name = name;
    this.ownAccounts = ownAccounts.stream().map(Brand::account).collect(Collectors.toUnmodifiableSet());
    this.watchTerms = watchTerms.stream().map(term -> term.toLowerCase(Locale.ROOT)).toList();
    this.timezone = timezone;
    this.opens = opens;
    this.closes = closes;
    this.days = Set.copyOf(days);
    this.thresholds = Map.copyOf(thresholds);
    this.abusiveTerms = abusiveTerms.stream().map(term -> term.toLowerCase(Locale.ROOT)).toList();
    this.abusive = this.abusiveTerms.isEmpty() ? null : Pattern.compile(
        "\\b(?:" + String.join("|", this.abusiveTerms.stream().map(Pattern::quote).toList()) + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.watched = this.watchTerms.isEmpty() ? null : Pattern.compile(
        "\\b(?:" + String.join("|", this.watchTerms.stream().map(Pattern::quote).toList()) + ")\\b",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public String getName() {
    return name;
  }

  /** Words and phrases whose rise means trouble: recall, lawsuit, outage, ... (lower case). */
  public List<String> getWatchTerms() {
    return watchTerms;
  }

  public ZoneId getTimezone() {
    return timezone;
  }

  /** A threshold by name, from {@code settings.json} or the brand's own settings. */
  public double threshold(String name) {
    Double value = thresholds.get(name);
    if (value == null) throw new IllegalArgumentException("no threshold '" + name + "' (settings.json declares " + thresholds.keySet() + ")");
    return value;
  }

  /** The same threshold as a whole number, for counts. */
  public int count(String name) {
    return (int) Math.round(threshold(name));
  }

  public Map<String, Double> thresholds() {
    return thresholds;
  }

  /** Whether the comment was written during the brand's business hours, in its time zone. */
  public boolean inBusinessHours(Comment comment) {
    ZonedDateTime local = Instant.ofEpochMilli(comment.getEventTime()).atZone(timezone);
    LocalTime time = local.toLocalTime();
    return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
  }

  /** Words the brand hides when the comment is also toxic (lower case): idiot, scum, ... */
  public List<String> getAbusiveTerms() {
    return abusiveTerms;
  }

  /** Whether the comment uses one of the brand's abusive terms (as the start of a word). */
  public boolean abusive(Comment comment) {
    return abusive != null && abusive.matcher(comment.getText()).find();
  }

  /** Whether the comment was posted by one of the brand's own accounts (settings "ownAccounts": handles or ids). */
  public boolean own(Comment comment) {
    Author author = comment.getAuthor();
    return !ownAccounts.isEmpty() && (ownAccounts.contains(account(author.getHandle())) || ownAccounts.contains(account(author.getId())));
  }

  private static String account(String handle) {
    String lower = handle == null ? "" : handle.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("@") ? lower.substring(1) : lower;
  }

  /** Whether the comment mentions one of the brand's watch terms, as a whole word or phrase. */
  public boolean watched(Comment comment) {
    return watched != null && watched.matcher(comment.getText()).find();
  }

  public LocalTime opens() {
    return opens;
  }

  public LocalTime closes() {
    return closes;
  }

  public Set<DayOfWeek> days() {
    return days;
  }

  @Override
  public String toString() {
    return "Brand[" + name + "]";
  }
}
