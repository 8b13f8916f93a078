package dev.crisisdesk.crisis;

import java.util.List;

/**
 * An incident as stored: what the rules opened and escalated ({@code rule}, {@code severity},
 * {@code reason}, the comments that joined it) and what people did with it (owner, notes, status).
 */
public record Incident(String id, String brand, String severity, String status, long openedAt, long updatedAt, String reason,
    String rule, String owner, List<String> commentIds, List<Note> notes) {

  /** A person's note on the incident. */
  public record Note(long at, String by, String text) {}

  /** A resolved incident, and when its rule may open another. */
  public record Resolution(Incident incident, long coolUntil) {}
}
