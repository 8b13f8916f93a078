package dev.crisisdesk.http;

import static dev.crisisdesk.Service.comment;
import static dev.crisisdesk.http.IngestApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.RunningService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("slow")
class AuditApiTest {
  @RegisterExtension
  static final RunningService service = new RunningService();

  @Test
  void auditSaysWhoClaimedRepliedErasedAndChangedKeysAndSettings() {
    JsonObject created = service.post("/v1/keys", new JsonObject().put("role", "manager").put("name", "Ann")
        .put("brands", new JsonArray().add("au-a"))).json();
    String ann = created.getString("key");
    service.ingest(comment("au-a", "c1", "This is the worst customer service I have ever had. Terrible and rude."));
    JsonObject item = service.post("/v1/queues/complaints/claim", new JsonObject().put("brand", "au-a").put("agent", "Ann"), ann)
        .json().getJsonArray("items").getJsonObject(0);
    String itemId = item.getString("itemId");
    service.post("/v1/items/" + itemId + "/reply", new JsonObject().put("agent", "Ann").put("text", "Sorry, we are on it."), ann);
    service.put("/v1/brands/au-a", new JsonObject().put("watchTerms", new JsonArray().add("recall")));
    service.delete("/v1/comments/au-a/twitter/c1");
    assertError(service.post("/v1/items/" + itemId + "/resolve", new JsonObject().put("agent", "Ann"), ann), 409, "conflict");

    JsonArray entries = service.get("/v1/audit?brand=au-a").json().getJsonArray("entries");
    assertThat(entries.stream().map(e -> ((JsonObject) e).getString("action")).toList())
        .containsExactly("item.claim", "item.reply", "brand.settings", "comment.erase");
    JsonObject claim = entries.getJsonObject(0);
    assertThat(claim.getString("keyId")).isEqualTo(created.getString("id"));
    assertThat(claim.getString("keyName")).isEqualTo("Ann");
    assertThat(claim.getString("role")).isEqualTo("manager");
    assertThat(claim.getJsonObject("details").getJsonArray("itemIds")).containsExactly(itemId);
    assertThat(claim.getJsonObject("details").getString("agent")).isEqualTo("Ann");
    assertThat(entries.getJsonObject(1).getString("target")).isEqualTo(itemId);
    assertThat(entries.getJsonObject(3).getString("target")).isEqualTo("au-a/twitter/c1");
    assertThat(entries.getJsonObject(3).getString("keyId")).isEqualTo("admin");
    assertThat(entries.getJsonObject(3).getString("at")).isNotBlank();

    JsonArray all = service.get("/v1/audit").json().getJsonArray("entries");
    assertThat(all).anySatisfy(e -> {
      assertThat(((JsonObject) e).getString("action")).isEqualTo("key.create");
      assertThat(((JsonObject) e).getString("target")).isEqualTo(created.getString("id"));
    });
  }

  @Test
  void auditPagesWithACursorAndIsForAdminsOnly() {
    for (String brand : List.of("au-b", "au-c", "au-d")) service.put("/v1/brands/" + brand, new JsonObject().put("timezone", "UTC"));
    JsonObject first = service.get("/v1/audit?limit=1").json();
    JsonObject second = service.get("/v1/audit?limit=1&after=" + first.getString("next")).json();
    assertThat(first.getJsonArray("entries")).hasSize(1);
    assertThat(second.getJsonArray("entries")).hasSize(1);
    assertThat(Long.parseLong(second.getJsonArray("entries").getJsonObject(0).getString("cursor")))
        .isGreaterThan(Long.parseLong(first.getJsonArray("entries").getJsonObject(0).getString("cursor")));

    String strategist = service.post("/v1/keys", new JsonObject().put("role", "strategist").put("brands", new JsonArray().add("au-b")))
        .json().getString("key");
    assertError(service.get("/v1/audit?brand=au-b", strategist), 403, "forbidden");
    assertError(service.get("/v1/audit?limit=0"), 400, "invalid_parameter");
    assertError(service.get("/v1/audit?after=x"), 400, "invalid_parameter");
    assertError(service.get("/v1/audit?brand=Not_A_Brand"), 400, "invalid_parameter");
  }
}
