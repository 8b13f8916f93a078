package dev.crisisdesk.store;

import dev.crisisdesk.ingest.PostedComment;

/** A comment the store holds, with its sequence number: the order in which it was accepted. */
public record StoredComment(long seq, PostedComment comment) {}
