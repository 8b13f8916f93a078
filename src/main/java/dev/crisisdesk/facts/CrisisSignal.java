package dev.crisisdesk.facts;

/**
 * A rule's call to open or escalate the brand's incident for that rule: the engine opens one if
 * none is open (and the rule's cool-down has passed) or else raises the open one's severity.
 */
public record CrisisSignal(String rule, Severity severity, String reason, String commentId, long at) {}
