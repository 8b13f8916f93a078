package dev.crisisdesk.http;

import static dev.crisisdesk.Service.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.RunningService;
import dev.crisisdesk.Service.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Keys of one brand, of every role, try to read, claim and change another brand's data through every
 * endpoint: a request naming the other brand is 403, a lookup by one of its ids answers exactly as an
 * id that does not exist, and the other brand's data is unchanged afterwards.
 */
@Tag("slow")
class TenantIsolationTest {
  private static final String ANGRY = "This is the worst customer service I have ever had. Terrible and rude.";

  @RegisterExtension
  static final RunningService service = new RunningService();

  @Test
  void keysOfOneBrandCannotSeeOrTouchAnother() {
    // one mention of a watch term opens an incident for this brand
    service.put("/v1/brands/victim", new JsonObject().put("thresholds", new JsonObject().put("keywordSurge.count", 1)));
    service.ingest(comment("victim", "v1", ANGRY + " Is there a recall?").put("author", new JsonObject().put("handle", "vip").put("followers", 500_000)));
    service.ingest(comment("victim", "v2", ANGRY + " Again."));
    JsonObject victimComment = service.get("/v1/comments/victim/twitter/v1").json();
    String item = victimComment.getString("itemId");
    JsonArray crises = service.get("/v1/crises?brand=victim").json().getJsonArray("crises");
    assertThat(crises).as("the watch term opens an incident").isNotEmpty();
    String crisis = crises.getJsonObject(0).getString("id");
    String crisisStatus = crises.getJsonObject(0).getString("status");

    for (String role : List.of("ingest", "manager", "strategist")) {
      String key = service.post("/v1/keys", new JsonObject().put("role", role).put("brands", new JsonArray().add("intruder")))
          .json().getString("key");
      JsonObject agent = new JsonObject().put("agent", "mallory");

      for (String[] request : List.of(
          new String[] {"GET", "/v1/comments?brand=victim"},
          new String[] {"GET", "/v1/comments?brand=victim&q=worst"},
          new String[] {"POST", "/v1/comments"},
          new String[] {"GET", "/v1/queues?brand=victim"},
          new String[] {"GET", "/v1/queues/complaints/items?brand=victim"},
          new String[] {"POST", "/v1/queues/complaints/claim"},
          new String[] {"GET", "/v1/outbox?brand=victim"},
          new String[] {"GET", "/v1/crises?brand=victim"},
          new String[] {"GET", "/v1/brands/victim"},
          new String[] {"PUT", "/v1/brands/victim"},
          new String[] {"GET", "/v1/kpis?brand=victim"},
          new String[] {"GET", "/v1/rules?brand=victim"},
          new String[] {"PUT", "/v1/rules?brand=victim"},
          new String[] {"POST", "/v1/rules/validate?brand=victim"},
          new String[] {"GET", "/v1/rules/versions?brand=victim"},
          new String[] {"POST", "/v1/rules/versions/1/activate?brand=victim"},
          new String[] {"POST", "/v1/rules/versions/1/shadow?brand=victim"},
          new String[] {"DELETE", "/v1/rules/shadow?brand=victim"},
          new String[] {"GET", "/v1/rules/shadow/report?brand=victim"},
          new String[] {"GET", "/v1/audit?brand=victim"},
          new String[] {"GET", "/v1/keys"},
          new String[] {"POST", "/v1/keys"},
          new String[] {"POST", "/v1/backups"})) {
        JsonObject body = new JsonObject().put("brand", "victim").put("agent", "mallory").put("id", "x").put("platform", "twitter")
            .put("text", "hi").put("watchTerms", new JsonArray()).put("role", "admin").put("brands", new JsonArray().add("victim"))
            .put("files", new JsonObject().put("x.drl", "package x"));
        Response answer = send(request[0], request[1], body, key);
        assertThat(answer.status()).as(role + " " + request[0] + " " + request[1] + ": " + answer.body()).isEqualTo(403);
        assertThat(answer.json().getJsonObject("error").getString("code")).isEqualTo("forbidden");
      }

      for (String[] lookup : List.of(
          new String[] {"GET", "/v1/comments/victim/twitter/v1", "/v1/comments/victim/twitter/none"},
          new String[] {"DELETE", "/v1/comments/victim/twitter/v1", "/v1/comments/victim/twitter/none"},
          new String[] {"POST", "/v1/items/" + item + "/reply", "/v1/items/no-such-item/reply"},
          new String[] {"POST", "/v1/items/" + item + "/release", "/v1/items/no-such-item/release"},
          new String[] {"POST", "/v1/items/" + item + "/resolve", "/v1/items/no-such-item/resolve"},
          new String[] {"POST", "/v1/items/" + item + "/move", "/v1/items/no-such-item/move"},
          new String[] {"POST", "/v1/crises/" + crisis + "/acknowledge", "/v1/crises/no-such-crisis/acknowledge"},
          new String[] {"POST", "/v1/crises/" + crisis + "/resolve", "/v1/crises/no-such-crisis/resolve"},
          new String[] {"POST", "/v1/crises/" + crisis + "/notes", "/v1/crises/no-such-crisis/notes"})) {
        JsonObject body = agent.copy().put("text", "gotcha").put("queue", "general").put("owner", "mallory").put("note", "done");
        Response theirs = send(lookup[0], lookup[1], body, key);
        Response none = send(lookup[0], lookup[2], body, key);
        assertThat(theirs.status()).as(role + " " + lookup[0] + " " + lookup[1] + ": " + theirs.body()).isIn(403, 404);
        assertThat(theirs.status()).as("answers as for an id that does not exist").isEqualTo(none.status());
        assertThat(theirs.json().getJsonObject("error").getString("code"))
            .isEqualTo(none.json().getJsonObject("error").getString("code"));
      }
    }

    JsonObject after = service.get("/v1/comments/victim/twitter/v1").json();
    assertThat(after.getString("text")).isEqualTo(ANGRY + " Is there a recall?");
    assertThat(after.getString("status")).isEqualTo("queued");
    JsonObject openItem = service.get("/v1/queues/" + victimComment.getString("queue") + "/items?brand=victim").json().getJsonArray("items").stream()
        .map(JsonObject.class::cast).filter(i -> i.getString("itemId").equals(item)).findFirst().orElseThrow();
    assertThat(openItem.getString("claimedBy")).isNull();
    JsonObject incident = service.get("/v1/crises?brand=victim").json().getJsonArray("crises").stream()
        .map(JsonObject.class::cast).filter(c -> c.getString("id").equals(crisis)).findFirst().orElseThrow();
    assertThat(incident.getString("status")).isEqualTo(crisisStatus);
    assertThat(incident.getJsonArray("notes", new JsonArray())).isEmpty();
    assertThat(service.get("/v1/outbox?brand=victim").json().getJsonArray("events")).isEmpty();
    assertThat(service.get("/v1/comments?brand=victim").json().getJsonArray("comments")).hasSize(2);
    assertThat(service.get("/v1/audit?brand=victim").json().getJsonArray("entries").stream().map(JsonObject.class::cast)
        .filter(entry -> !entry.getString("keyId").equals("admin"))).as("nothing done by another brand's keys").isEmpty();
  }

  private static Response send(String method, String path, JsonObject body, String key) {
    return switch (method) {
      case "GET" -> service.get(path, key);
      case "DELETE" -> service.delete(path, key);
      case "PUT" -> service.put(path, body, key);
      default -> service.post(path, body, key);
    };
  }
}
