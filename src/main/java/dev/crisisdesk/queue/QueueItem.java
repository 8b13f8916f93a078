package dev.crisisdesk.queue;

import dev.crisisdesk.comments.CommentView;
import java.util.List;

/**
 * A queue item with its comment, as managers see it ({@link ItemJson}). {@code claimedBy} and
 * {@code leaseUntil} are null unless a lease is running; {@code rules} are the rules that routed it;
 * {@code assignedTo} is the teammate it is assigned to (null when nobody); {@code notes} oldest first.
 */
public record QueueItem(String itemId, String queue, int priority, long dueAt, String claimedBy, Long leaseUntil, List<String> rules,
    String state, CommentView comment, String assignedTo, List<Note> notes) {

  /** A teammate's note on an item. */
  public record Note(String agent, String text, long at) {}

  QueueItem withNotes(List<Note> notes) {
    return new QueueItem(itemId, queue, priority, dueAt, claimedBy, leaseUntil, rules, state, comment, assignedTo, List.copyOf(notes));
  }

  /** A queue's counts of open items: all, claimed, past due; and when its oldest comment was written (null when empty). */
  public record Depth(String name, int depth, int claimed, int overdue, Long oldestAt) {}
}
