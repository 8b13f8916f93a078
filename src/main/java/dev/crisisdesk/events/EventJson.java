package dev.crisisdesk.events;

import dev.crisisdesk.http.Json;
import dev.crisisdesk.store.Events;
import io.vertx.core.json.JsonObject;

/** An event as webhooks, live streams and the outbox show it: {@code {"id", "type", "brand", "at", ...its data}}. */
public final class EventJson {
  private EventJson() {}

  public static JsonObject of(Events.Event event) {
    return new JsonObject().put("id", String.valueOf(event.id())).put("type", event.type()).put("brand", event.brand())
        .put("at", Json.time(event.at())).mergeIn(new JsonObject(event.data()));
  }
}
