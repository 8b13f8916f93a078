package dev.crisisdesk.http;

import static dev.crisisdesk.Service.comment;
import static dev.crisisdesk.http.IngestApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.RunningService;
import dev.crisisdesk.Service;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("slow")
class KeysApiTest {
  @RegisterExtension
  static final RunningService service = new RunningService();

  @Test
  void keysActOnlyOnTheirBrandsAndRoles() {
    String ingest = createKey("ingest", "k-a");
    String manager = createKey("manager", "k-a");
    service.ingest(comment("k-b", "other", "Where is my order?"));

    assertThat(service.post("/v1/comments", comment("k-a", "mine", "Where is my order?"), ingest).status()).isEqualTo(202);
    assertError(service.post("/v1/comments", comment("k-b", "theirs", "hi"), ingest), 403, "forbidden");
    assertError(service.post("/v1/comments", comment("k-a", "m", "hi"), manager), 403, "forbidden");
    assertError(service.get("/v1/comments/k-b/twitter/other", manager), 404, "not_found");
    assertThat(service.get("/v1/queues?brand=k-a", manager).status()).isEqualTo(200);
    assertError(service.get("/v1/queues?brand=k-b", manager), 403, "forbidden");
    assertError(service.get("/v1/queues?brand=k-a", ingest), 403, "forbidden");
    assertError(service.get("/v1/keys", manager), 403, "forbidden");
  }

  @Test
  void itemOfAnotherBrandIsNotFound() {
    String manager = createKey("manager", "k-c");
    service.ingest(comment("k-d", "x", "This is the worst customer service I have ever had. Terrible and rude."));
    JsonObject item = service.post("/v1/queues/complaints/claim", new JsonObject().put("brand", "k-d").put("agent", "admin"))
        .json().getJsonArray("items").getJsonObject(0);

    assertError(service.post("/v1/items/" + item.getString("itemId") + "/resolve", new JsonObject().put("agent", "admin"), manager),
        404, "not_found");
  }

  @Test
  void leaseBelongsToTheKeyThatClaimed() {
    String ann = createKey("manager", "k-e");
    String other = createKey("manager", "k-e");
    service.ingest(comment("k-e", "x", "This is the worst customer service I have ever had. Terrible and rude."));
    JsonObject item = service.post("/v1/queues/complaints/claim", new JsonObject().put("brand", "k-e").put("agent", "ann"), ann)
        .json().getJsonArray("items").getJsonObject(0);

    assertError(service.post("/v1/items/" + item.getString("itemId") + "/resolve", new JsonObject().put("agent", "ann"), other),
        409, "conflict");
    assertThat(service.post("/v1/items/" + item.getString("itemId") + "/resolve", new JsonObject().put("agent", "ann"), ann)
        .status()).isEqualTo(200);
  }

  @Test
  void revokedKeyIsUnauthorizedAndListingHidesSecrets() {
    JsonObject created = service.post("/v1/keys", new JsonObject().put("role", "strategist").put("brands", new JsonArray().add("k-f"))
        .put("name", "Sam")).json();

    assertThat(service.get("/v1/rules", created.getString("key")).status()).isEqualTo(200);
    JsonArray keys = service.get("/v1/keys").json().getJsonArray("keys");
    assertThat(keys.encode()).doesNotContain(created.getString("key"));
    assertThat(keys).anySatisfy(k -> assertThat(((JsonObject) k).getString("name")).isEqualTo("Sam"));
    assertThat(service.delete("/v1/keys/" + created.getString("id")).status()).isEqualTo(200);
    assertError(service.get("/v1/rules", created.getString("key")), 401, "unauthorized");
    assertError(service.delete("/v1/keys/" + created.getString("id")), 404, "not_found");
    assertError(service.post("/v1/keys", new JsonObject().put("role", "wizard").put("brands", new JsonArray().add("x"))), 400, "invalid_field");
  }

  private static String createKey(String role, String brand) {
    Service.Response response = service.post("/v1/keys", new JsonObject().put("role", role).put("brands", new JsonArray().add(brand)));
    assertThat(response.status()).isEqualTo(201);
    return response.json().getString("key");
  }
}
