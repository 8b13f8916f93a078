package dev.crisisdesk.facts;

/** A rule's decision about an overdue item: move it to a queue with at least this priority. */
public record Escalation(String itemId, String queue, int priority, String reason, String rule) {}
