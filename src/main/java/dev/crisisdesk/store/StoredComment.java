package dev.crisisdesk.store;

import dev.crisisdesk.ingest.PostedComment;

/**
 * A comment the store holds, with its sequence number (the order in which it was accepted) and
 * when it was received (epoch milliseconds).
 */
public record StoredComment(long seq, PostedComment comment, long receivedAt) {}
