package dev.crisisdesk.queue;

import dev.crisisdesk.comments.CommentJson;
import dev.crisisdesk.http.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Queue items and depths as the API shows them. */
public final class ItemJson {
  private ItemJson() {}

  public static JsonObject of(QueueItem item) {
    return new JsonObject()
        .put("itemId", item.itemId())
        .put("queue", item.queue())
        .put("priority", item.priority())
        .put("dueAt", Json.time(item.dueAt()))
        .put("claimedBy", item.claimedBy())
        .put("leaseUntil", Json.time(item.leaseUntil()))
        .put("rules", new JsonArray(item.rules()))
        .put("state", item.state())
        .put("comment", CommentJson.of(item.comment()))
        .put("assignedTo", item.assignedTo())
        .put("notes", notes(item.notes()));
  }

  private static JsonArray notes(List<QueueItem.Note> notes) {
    JsonArray array = new JsonArray();
    for (QueueItem.Note note : notes) array.add(new JsonObject().put("agent", note.agent()).put("text", note.text()).put("at", Json.time(note.at())));
    return array;
  }

  public static JsonArray of(List<QueueItem> items) {
    JsonArray array = new JsonArray();
    items.forEach(item -> array.add(of(item)));
    return array;
  }

  public static JsonArray depths(List<QueueItem.Depth> depths) {
    JsonArray array = new JsonArray();
    for (QueueItem.Depth depth : depths) {
      array.add(new JsonObject().put("name", depth.name()).put("depth", depth.depth()).put("claimed", depth.claimed())
          .put("overdue", depth.overdue()).put("oldestAt", Json.time(depth.oldestAt())));
    }
    return array;
  }
}
