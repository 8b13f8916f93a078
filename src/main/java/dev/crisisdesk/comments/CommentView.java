package dev.crisisdesk.comments;

import java.util.List;
import java.util.Map;

/**
 * A stored comment as the API shows it ({@link CommentJson}): as posted, with its status, its
 * analysis once processed, the decisions that explain it and, when it has one, its queue item.
 *
 * @param author the posted author's fields; null once erased or when none was posted
 * @param meta the optional posted fields ({@link PostedComment#META_FIELDS})
 * @param signals the triage signals once analysed, {@code lang} among them; null before
 * @param sentiment the sentiment label once analysed; null before (and then the scores mean nothing)
 * @param decisions each decision as recorded: action, its arguments, rule and the facts it read
 * @param item the comment's queue item, if it was ever queued
 */
public record CommentView(long seq, String id, String brand, String platform, String text, Map<String, Object> author, long createdAt,
    Map<String, String> meta, Map<String, Object> signals, String status, boolean backfill, String sentiment, double sentimentScore,
    double toxicity, double hate, List<Map<String, Object>> decisions, String error, Long erasedAt, Item item) {

  /** A comment's queue item: its id always; its queue, priority and due time while it is open. */
  public record Item(String itemId, String queue, int priority, long dueAt, boolean open) {}
}
