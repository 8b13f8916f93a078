package dev.crisisdesk.comments;

import dev.crisisdesk.http.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** A comment as the API shows it (the contract's Comment), from its {@link CommentView}. */
public final class CommentJson {
  private CommentJson() {}

  /** The comment alone, as queue items carry it. */
  public static JsonObject of(CommentView view) {
    JsonObject json = new JsonObject()
        .put("id", view.id())
        .put("brand", view.brand())
        .put("platform", view.platform())
        .put("text", view.text())
        .put("author", view.author() == null ? null : new JsonObject(view.author()))
        .put("createdAt", Json.time(view.createdAt()));
    view.meta().forEach(json::put);
    if (view.signals() != null) {
      Map<String, Object> signals = new LinkedHashMap<>(view.signals());
      Object lang = signals.remove("lang");
      if (json.getString("lang") == null) json.put("lang", lang == null ? "und" : lang);
      json.put("signals", new JsonObject(signals));
    }
    json.put("status", view.status());
    if (view.backfill()) json.put("backfill", true);
    if (view.sentiment() != null) {
      json.put("sentiment", new JsonObject().put("label", view.sentiment()).put("score", view.sentimentScore()));
      json.put("toxicity", view.toxicity());
      json.put("hate", view.hate());
    }
    JsonArray decisions = new JsonArray();
    view.decisions().forEach(decision -> decisions.add(new JsonObject(decision)));
    json.put("decisions", decisions);
    if (view.error() != null) json.put("error", view.error());
    if (view.erasedAt() != null) json.put("erasedAt", Json.time(view.erasedAt()));
    return json;
  }

  /** The comment with its item, as {@code GET /v1/comments} shows it: the item's id always, its queue, priority and due time while open. */
  public static JsonObject withItem(CommentView view) {
    JsonObject json = of(view);
    CommentView.Item item = view.item();
    if (item != null) {
      json.put("itemId", item.itemId());
      if (item.open()) json.put("queue", item.queue()).put("priority", item.priority()).put("dueAt", Json.time(item.dueAt()));
    }
    return json;
  }
}
