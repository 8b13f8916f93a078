package dev.crisisdesk.http;

import static dev.crisisdesk.Service.assertError;
import static dev.crisisdesk.Service.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.RunningService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contract v1.1: an incident with its comments, items, authors and terms, worked in bulk. */
@Tag("slow")
class IncidentRoomApiTest {
  @RegisterExtension
  static final RunningService service = new RunningService();

  private static final String[] ANGRY = {
      "The outage again! Worst service ever, my refund never came.",
      "Terrible: your outage ruined my evening, I want a refund.",
      "Awful, the app is down in this outage and nobody answers.",
      "Horrible experience, this outage is a disaster.",
      "I hate this, fix the outage now."};

  @Test
  void aSurgeBecomesAnIncidentWhoseCommentsAndTermsShowAndWhoseItemsAreAnsweredInBulk() {
    String mia = service.post("/v1/keys", new JsonObject().put("role", "manager").put("name", "Mia").put("brands", new JsonArray().add("room")))
        .json().getString("key");
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1800);
    List<JsonObject> calm = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calm.add(comment("room", "calm" + i, "Nice photo of the new store, thanks " + i).put("createdAt", start.plusSeconds(i * 30L).toString())
          .put("author", new JsonObject().put("id", "fan" + i).put("handle", "fan" + i)));
    }
    service.ingest(calm.toArray(JsonObject[]::new));
    List<JsonObject> surge = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      surge.add(comment("room", "s" + i, ANGRY[i % ANGRY.length] + " #" + i).put("createdAt", start.plusSeconds(1500 + i * 4L).toString())
          .put("author", new JsonObject().put("id", "cust" + i).put("handle", "cust" + i)));
    }
    service.ingest(surge.toArray(JsonObject[]::new));

    JsonArray crises = service.get("/v1/crises?brand=room", mia).json().getJsonArray("crises");
    assertThat(crises).isNotEmpty();
    // the comments that made the incident moved to the crisis queue with it, and the later ones followed
    JsonArray inCrisis = service.get("/v1/queues/crisis/items?brand=room&limit=100", mia).json().getJsonArray("items");
    assertThat(inCrisis.size()).as("surge comments in the crisis queue").isGreaterThanOrEqualTo(32);
    assertThat(service.get("/v1/comments/room/twitter/s0", mia).json().getString("queue")).isEqualTo("crisis");
    assertThat(service.get("/v1/comments/room/twitter/s0", mia).json().getJsonArray("decisions").stream().map(JsonObject.class::cast)
        .anyMatch(d -> d.getString("incident") != null)).as("a decision names the incident").isTrue();
    // "outage" is a default watch term: the watch-term surge opens first, before the negative spike
    JsonObject first = crises.getJsonObject(crises.size() - 1);
    String id = first.getString("id");
    JsonObject room = service.get("/v1/crises/" + id, mia).json();
    assertThat(room.getJsonArray("comments")).isNotEmpty();
    assertThat(room.getJsonArray("comments").getJsonObject(0).getString("id")).as(room.getJsonArray("commentIds").encode()).isEqualTo("s0");
    assertThat(room.getJsonArray("authors")).contains("cust" + room.getJsonArray("comments").getJsonObject(0).getString("id").substring(1));
    assertThat(room.getJsonArray("items")).isNotEmpty();
    assertThat(room.getJsonArray("terms").stream().map(t -> ((JsonObject) t).getString("term")).toList()).contains("outage");
    JsonObject outage = room.getJsonArray("terms").stream().map(JsonObject.class::cast).filter(t -> t.getString("term").equals("outage"))
        .findFirst().orElseThrow();
    assertThat(outage.getDouble("baseline")).isLessThan(outage.getInteger("count"));

    // managers annotate incidents
    assertThat(service.post("/v1/crises/" + id + "/notes", new JsonObject().put("text", "Ops confirm the outage"), mia).json()
        .getJsonArray("notes").getJsonObject(0).getString("by")).isEqualTo("Mia");

    int open = room.getJsonArray("items").size();
    JsonArray claimed = service.post("/v1/crises/" + id + "/claim", new JsonObject(), mia).json().getJsonArray("items");
    assertThat(claimed).hasSize(open);
    assertThat(claimed.stream().map(i -> ((JsonObject) i).getString("claimedBy"))).containsOnly("Mia");

    String saved = service.post("/v1/replies", new JsonObject().put("brand", "room").put("name", "Outage")
        .put("text", "Hi {{author.handle}}, we know about the outage and are fixing it."), mia).json().getString("id");
    JsonObject replied = service.post("/v1/crises/" + id + "/reply", new JsonObject().put("savedReply", saved), mia).json();
    assertThat(replied.getInteger("replied")).isEqualTo(open);
    assertThat(replied.getJsonArray("skipped")).isEmpty();
    JsonArray outbox = service.get("/v1/outbox?brand=room", mia).json().getJsonArray("events");
    List<String> replies = outbox.stream().map(JsonObject.class::cast).filter(e -> e.getString("type").equals("reply"))
        .map(e -> e.getString("text")).toList();
    assertThat(replies).hasSize(open).allSatisfy(text -> assertThat(text).matches("Hi @cust\\d+, we know about the outage and are fixing it\\."));
    assertThat(service.get("/v1/crises/" + id, mia).json().getJsonArray("items")).isEmpty();

    assertError(service.post("/v1/crises/" + id + "/reply", new JsonObject(), mia), 400, "invalid_field");
    String other = service.post("/v1/keys", new JsonObject().put("role", "manager").put("name", "Ola").put("brands", new JsonArray().add("elsewhere")))
        .json().getString("key");
    assertError(service.get("/v1/crises/" + id, other), 404, "not_found");
  }
}
