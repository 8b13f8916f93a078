package dev.crisisdesk.facts;

/**
 * A queue item that passed its due time unanswered: inserted by the engine when the clock (event
 * time in replay, the wall clock when live) passes {@code dueAt}, once per item. Rules escalate it
 * with {@link Actions#escalateTo(Overdue, String, int, String)}.
 */
public final class Overdue {
  private final String itemId;
  private final String queue;
  private final int priority;
  private final long dueAt;
  private final String escalateTo;
  private final Comment comment;

  public Overdue(String itemId, String queue, int priority, long dueAt, String escalateTo, Comment comment) {
    this.itemId = itemId;
    this.queue = queue;
    this.priority = priority;
    this.dueAt = dueAt;
    this.escalateTo = escalateTo == null ? "" : escalateTo;
    this.comment = comment;
  }

  public String getItemId() {
    return itemId;
  }

  public String getQueue() {
    return queue;
  }

  public int getPriority() {
    return priority;
  }

  public long getDueAt() {
    return dueAt;
  }

  /** The queue {@code queues.json} names to escalate to, or empty. */
  public String getEscalateTo() {
    return escalateTo;
  }

  public Comment getComment() {
    return comment;
  }

  @Override
  public String toString() {
    return "Overdue[" + itemId + " in " + queue + "]";
  }
}
