package dev.crisisdesk.facts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An open incident of the brand, visible to rules while it is open or acknowledged, so they can
 * change routing during a crisis: {@code Crisis( severity.isAtLeast(Severity.HIGH) )}. Its
 * {@code terms} are what the comments that made it say more than the brand's comments usually do
 * (the words of the surge: "login", "outage", "#appdown"), and {@code about(comment)} tells whether
 * a comment says one of them.
 */
public final class Crisis {
  private final String id;
  private final String rule;
  private final Severity severity;
  private final long openedAt;
  private final List<String> terms;
  private final Pattern about;

  public Crisis(String id, String rule, Severity severity, long openedAt) {
    this(id, rule, severity, openedAt, List.of());
  }

  public Crisis(String id, String rule, Severity severity, long openedAt, List<String> terms) {
    this.id = id;
    this.rule = rule;
    this.severity = severity;
    this.openedAt = openedAt;
    this.terms = List.copyOf(terms);
    this.about = this.terms.isEmpty() ? null : Pattern.compile(
        "(?<![\\p{L}\\p{N}#])(?:" + String.join("|", this.terms.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The same incident with the terms of the comments that made it. */
  public Crisis withTerms(List<String> terms) {
    return new Crisis(id, rule, severity, openedAt, terms);
  }

  public String getId() {
    return id;
  }

  /** The name of the rule that opened it. */
  public String getRule() {
    return rule;
  }

  public Severity getSeverity() {
    return severity;
  }

  /** Event time, epoch milliseconds. */
  public long getOpenedAt() {
    return openedAt;
  }

  /** What the comments that made it say more than usual, most unusual first (empty when none stood out). */
  public List<String> getTerms() {
    return terms;
  }

  /** Whether the comment says one of the incident's terms, as a whole word. */
  public boolean about(Comment comment) {
    return about != null && comment.getText() != null && about.matcher(comment.getText()).find();
  }

  @Override
  public String toString() {
    return "Crisis[" + rule + ", " + severity.label() + (terms.isEmpty() ? "" : ", " + terms) + "]";
  }
}
