package dev.crisisdesk.facts;

/**
 * An open incident of the brand, visible to rules while it is open or acknowledged, so they can
 * change routing during a crisis: {@code Crisis( severity.isAtLeast(Severity.HIGH) )}.
 */
public final class Crisis {
  private final String id;
  private final String rule;
  private final Severity severity;
  private final long openedAt;

  public Crisis(String id, String rule, Severity severity, long openedAt) {
    this.id = id;
    this.rule = rule;
    this.severity = severity;
    this.openedAt = openedAt;
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

  @Override
  public String toString() {
    return "Crisis[" + rule + ", " + severity.label() + "]";
  }
}
