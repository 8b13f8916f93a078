package dev.crisisdesk.crisis;

import dev.crisisdesk.http.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** An incident as the API and the {@code incident.*} events show it. */
public final class IncidentJson {
  private IncidentJson() {}

  public static JsonObject of(Incident incident) {
    JsonArray notes = new JsonArray();
    for (Incident.Note note : incident.notes()) {
      notes.add(new JsonObject().put("at", Json.time(note.at())).put("by", note.by()).put("text", note.text()));
    }
    return new JsonObject()
        .put("id", incident.id())
        .put("brand", incident.brand())
        .put("severity", incident.severity())
        .put("status", incident.status())
        .put("openedAt", Json.time(incident.openedAt()))
        .put("updatedAt", Json.time(incident.updatedAt()))
        .put("reason", incident.reason())
        .put("rule", incident.rule())
        .put("owner", incident.owner())
        .put("commentIds", new JsonArray(incident.commentIds()))
        .put("notes", notes);
  }

  /** The data of an {@code incident.*} event: the incident as it now is. */
  static String event(Incident incident) {
    return new JsonObject().put("incident", of(incident)).encode();
  }
}
