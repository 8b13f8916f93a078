package dev.crisisdesk.comments;

import dev.crisisdesk.comments.PostedComment;

/**
 * A comment the store holds, with its sequence number (the order in which it was accepted) and
 * when it was received (epoch milliseconds); {@code backfill} when it was imported as history, to be
 * counted in windows and KPIs but to open, queue and alert nothing.
 */
public record StoredComment(long seq, PostedComment comment, long receivedAt, boolean backfill) {
  public StoredComment(long seq, PostedComment comment, long receivedAt) {
    this(seq, comment, receivedAt, false);
  }
}
