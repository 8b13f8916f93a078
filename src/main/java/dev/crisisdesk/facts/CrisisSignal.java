package dev.crisisdesk.facts;

/**
 * A rule's call to open or escalate an incident. One surge is one incident: while the brand has an
 * open incident the signal joins it (raising its severity when higher); otherwise it opens one if
 * the rule's cool-down has passed. With {@code own} the rule keeps an incident of its own instead
 * ({@link Actions#openOwnCrisis}).
 */
public record CrisisSignal(String rule, Severity severity, String reason, String commentId, long at, boolean own) {
  public CrisisSignal(String rule, Severity severity, String reason, String commentId, long at) {
    this(rule, severity, reason, commentId, at, false);
  }
}
