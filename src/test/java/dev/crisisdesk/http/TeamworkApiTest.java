package dev.crisisdesk.http;

import static dev.crisisdesk.Service.assertError;
import static dev.crisisdesk.Service.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.RunningService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contract v1.1: who is acting, notes and assignment on items, saved replies. */
@Tag("slow")
class TeamworkApiTest {
  @RegisterExtension
  static final RunningService service = new RunningService();

  private static String key(String role, String name, String brand) {
    JsonObject body = new JsonObject().put("role", role).put("brands", new JsonArray().add(brand));
    if (name != null) body.put("name", name);
    return service.post("/v1/keys", body).json().getString("key");
  }

  private static JsonObject queued(String brand, String id) {
    service.ingest(comment(brand, id, "This is the worst customer service I have ever had. Terrible and rude.")
        .put("author", new JsonObject().put("id", "u-" + id).put("handle", "dana_" + id)));
    return service.awaitProcessed(brand, "twitter", id);
  }

  @Test
  void aKeyCreatedWithANameActsAsThatPersonAndNoOneElse() {
    String mia = key("manager", "Mia", "tw-a");
    queued("tw-a", "c1");

    JsonObject claimed = service.post("/v1/queues/complaints/claim", new JsonObject().put("brand", "tw-a"), mia).json()
        .getJsonArray("items").getJsonObject(0);
    assertThat(claimed.getString("claimedBy")).isEqualTo("Mia");
    assertError(service.post("/v1/items/" + claimed.getString("itemId") + "/reply",
        new JsonObject().put("agent", "Someone Else").put("text", "Hello"), mia), 403, "forbidden");
    assertThat(service.post("/v1/items/" + claimed.getString("itemId") + "/reply", new JsonObject().put("agent", "Mia").put("text", "Hello"), mia)
        .status()).isEqualTo(200);

    // a key without a person's name names its agent, as in v1
    String shared = key("manager", null, "tw-a");
    queued("tw-a", "c2");
    assertError(service.post("/v1/queues/complaints/claim", new JsonObject().put("brand", "tw-a"), shared), 400, "invalid_field");
    assertThat(service.post("/v1/queues/complaints/claim", new JsonObject().put("brand", "tw-a").put("agent", "night shift"), shared).json()
        .getJsonArray("items").getJsonObject(0).getString("claimedBy")).isEqualTo("night shift");
  }

  @Test
  void teammatesNoteAndAssignItemsAndFilterByAssignee() {
    String mia = key("manager", "Mia", "tw-b");
    String itemId = queued("tw-b", "n1").getString("itemId");
    queued("tw-b", "n2");

    JsonObject noted = service.post("/v1/items/" + itemId + "/notes", new JsonObject().put("text", "Customer called too; see ticket 4411"), mia)
        .json();
    assertThat(noted.getJsonArray("notes")).hasSize(1);
    assertThat(noted.getJsonArray("notes").getJsonObject(0).getString("agent")).isEqualTo("Mia");
    assertThat(noted.getJsonArray("notes").getJsonObject(0).getString("text")).contains("ticket 4411");

    JsonObject assigned = service.post("/v1/items/" + itemId + "/assign", new JsonObject().put("to", "Omar"), mia).json();
    assertThat(assigned.getString("assignedTo")).isEqualTo("Omar");
    JsonArray omars = service.get("/v1/queues/complaints/items?brand=tw-b&assignedTo=Omar", mia).json().getJsonArray("items");
    assertThat(omars).hasSize(1);
    assertThat(omars.getJsonObject(0).getString("itemId")).isEqualTo(itemId);
    assertThat(omars.getJsonObject(0).getJsonArray("notes")).hasSize(1);
    assertThat(service.get("/v1/queues/complaints/items?brand=tw-b", mia).json().getJsonArray("items")).hasSize(2);

    assertThat(service.post("/v1/items/" + itemId + "/assign", new JsonObject().putNull("to"), mia).json().getValue("assignedTo")).isNull();
    assertThat(service.get("/v1/queues/complaints/items?brand=tw-b&assignedTo=Omar", mia).json().getJsonArray("items")).isEmpty();
    assertError(service.post("/v1/items/" + itemId + "/assign", new JsonObject(), mia), 400, "invalid_field");
    assertError(service.post("/v1/items/nope/notes", new JsonObject().put("text", "x"), mia), 404, "not_found");
    String other = key("manager", "Ola", "tw-other");
    assertError(service.post("/v1/items/" + itemId + "/notes", new JsonObject().put("text", "x"), other), 404, "not_found");
  }

  @Test
  void aSavedReplyIsFilledInForTheCommentItAnswers() {
    String mia = key("manager", "Mia", "tw-c");
    String sam = key("strategist", "Sam", "tw-c");
    String ingest = key("ingest", null, "tw-c");
    JsonObject saved = service.post("/v1/replies", new JsonObject().put("brand", "tw-c").put("name", "Holding statement")
        .put("text", "Hi {{author.handle}}, we're sorry. The {{brand}} team is on it, {{author.name}}."), sam).json();
    assertThat(saved.getString("id")).isNotBlank();
    assertError(service.post("/v1/replies", new JsonObject().put("brand", "tw-c").put("name", "Typo").put("text", "Hi {{autor.handle}}"), mia),
        400, "invalid_field");
    assertError(service.post("/v1/replies", new JsonObject().put("brand", "tw-c").put("name", "x").put("text", "y"), ingest), 403, "forbidden");
    assertThat(service.get("/v1/replies?brand=tw-c", mia).json().getJsonArray("replies")).hasSize(1);

    String itemId = queued("tw-c", "s1").getString("itemId");
    service.post("/v1/queues/complaints/claim", new JsonObject().put("brand", "tw-c"), mia);
    JsonObject replied = service.post("/v1/items/" + itemId + "/reply", new JsonObject().put("savedReply", saved.getString("id")), mia).json();
    assertThat(replied.getString("state")).isEqualTo("replied");
    JsonArray outbox = service.get("/v1/outbox?brand=tw-c", mia).json().getJsonArray("events");
    assertThat(outbox.getJsonObject(outbox.size() - 1).getString("text"))
        .isEqualTo("Hi @dana_s1, we're sorry. The tw-c team is on it, dana_s1.");

    String otherBrand = service.post("/v1/replies", new JsonObject().put("brand", "tw-d").put("name", "Other").put("text", "Hi"), key("manager", "Ola", "tw-d"))
        .json().getString("id");
    String second = queued("tw-c", "s2").getString("itemId");
    service.post("/v1/queues/complaints/claim", new JsonObject().put("brand", "tw-c"), mia);
    assertError(service.post("/v1/items/" + second + "/reply", new JsonObject().put("savedReply", otherBrand), mia), 400, "invalid_field");
    assertError(service.post("/v1/items/" + second + "/reply", new JsonObject().put("savedReply", saved.getString("id")).put("text", "both"), mia),
        400, "invalid_field");

    assertThat(service.delete("/v1/replies/" + saved.getString("id"), sam).status()).isEqualTo(200);
    assertThat(service.get("/v1/replies?brand=tw-c", mia).json().getJsonArray("replies")).isEmpty();
    assertError(service.delete("/v1/replies/" + otherBrand, mia), 404, "not_found");
  }
}
