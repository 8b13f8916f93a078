package dev.crisisdesk.http;

import static dev.crisisdesk.Service.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.RunningService;
import dev.crisisdesk.Service;
import dev.crisisdesk.Service.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("slow")
class IngestApiTest {
  @RegisterExtension
  static final RunningService service = new RunningService();

  @Test
  void singleObjectIsAcceptedStoredAndAnalyzed() {
    JsonObject posted = comment("ingest-a", "one", "This is the worst service ever, I am furious.")
        .put("author", new JsonObject().put("id", "u1").put("handle", "@u1").put("followers", 12).put("verified", false))
        .put("createdAt", "2026-11-01T10:00:00Z").put("lang", "en").put("unknownField", 1);

    Response response = service.post("/v1/comments", posted);
    JsonObject stored = service.awaitProcessed("ingest-a", "twitter", "one");

    assertThat(response.status()).isEqualTo(202);
    assertThat(response.json().getInteger("accepted")).isEqualTo(1);
    assertThat(response.json().getJsonArray("ids")).containsExactly("one");
    assertThat(stored.getString("text")).isEqualTo(posted.getString("text"));
    assertThat(stored.getString("createdAt")).isEqualTo("2026-11-01T10:00:00Z");
    assertThat(stored.getJsonObject("author").getString("handle")).isEqualTo("@u1");
    assertThat(stored.getString("lang")).isEqualTo("en");
    assertThat(stored.getJsonObject("sentiment").getString("label")).contains("negative");
    assertThat(stored.getJsonObject("sentiment").getDouble("score")).isBetween(-1.0, 0.0);
    assertThat(stored.getDouble("toxicity")).isBetween(0.0, 1.0);
    assertThat(stored.getString("status")).isEqualTo("queued");
    assertThat(stored.getString("queue")).isEqualTo("complaints");
    assertThat(stored.getJsonArray("decisions")).isNotEmpty();
  }

  @Test
  void ndjsonBodyIsAcceptedLineByLine() {
    String body = comment("ingest-b", "n1", "Where is my parcel?").encode() + "\n\n"
        + comment("ingest-b", "n2", "Thanks, all good now!").encode() + "\n";

    Response response = service.raw("POST", "/v1/comments", "application/x-ndjson",
        body.getBytes(StandardCharsets.UTF_8), Service.ADMIN);

    assertThat(response.status()).isEqualTo(202);
    assertThat(response.json().getJsonArray("ids")).containsExactly("n1", "n2");
    assertThat(service.awaitProcessed("ingest-b", "twitter", "n1").getString("status")).isEqualTo("queued");
    assertThat(service.awaitProcessed("ingest-b", "twitter", "n2").getString("status")).isNotEqualTo("received");
  }

  @Test
  void repostedKeyIsDuplicateWhateverItsText() {
    service.ingest(comment("ingest-c", "d1", "Is the store open on Sunday?"));

    Response again = service.post("/v1/comments", new JsonArray()
        .add(comment("ingest-c", "d1", "a different text"))
        .add(comment("ingest-c", "d2", "Is delivery free?"))
        .add(comment("ingest-c", "d2", "the same key twice in one batch")));
    service.awaitProcessed("ingest-c", "twitter", "d2");

    assertThat(again.status()).isEqualTo(202);
    assertThat(again.json().getInteger("accepted")).isEqualTo(1);
    assertThat(again.json().getInteger("duplicates")).isEqualTo(2);
    assertThat(service.get("/v1/comments/ingest-c/twitter/d1").json().getString("text")).isEqualTo("Is the store open on Sunday?");
    assertThat(service.get("/v1/comments?brand=ingest-c").json().getJsonArray("comments")).hasSize(2);
    assertThat(service.get("/v1/comments/ingest-c/twitter/d2").json().getString("itemId")).isNotNull();
  }

  @Test
  void batchWithOneInvalidItemIsRejectedWholeWithDetails() {
    Response response = service.post("/v1/comments", new JsonArray()
        .add(comment("ingest-d", "ok", "fine"))
        .add(comment("ingest-d", "bad", "x").put("author", new JsonObject().put("followers", -3)).put("platform", "myspace")));

    assertThat(response.status()).isEqualTo(400);
    JsonObject error = response.json().getJsonObject("error");
    assertThat(error.getString("code")).isEqualTo("invalid_field");
    assertThat(error.getJsonArray("details")).extracting(d -> ((JsonObject) d).getString("field"))
        .containsExactlyInAnyOrder("/platform", "/author/followers");
    assertThat(error.getJsonArray("details")).allSatisfy(d -> assertThat(((JsonObject) d).getInteger("index")).isEqualTo(1));
    assertThat(service.get("/v1/comments/ingest-d/twitter/ok").status()).isEqualTo(404);
  }

  @Test
  void missingAndMistypedFieldsAreInvalid() {
    assertError(service.post("/v1/comments", new JsonObject().put("brand", "x")), 400, "invalid_field");
    assertError(service.post("/v1/comments", comment("Bad Brand", "1", "hi")), 400, "invalid_field");
    assertError(service.post("/v1/comments", comment("b", "1", "")), 400, "invalid_field");
    assertError(service.post("/v1/comments", comment("b", "1", "x".repeat(10_001))), 400, "invalid_field");
    assertError(service.post("/v1/comments", comment("b", "1", "hi").put("text", 42)), 400, "invalid_field");
    assertError(service.post("/v1/comments", comment("b", "1", "hi").put("createdAt", "yesterday")), 400, "invalid_field");
    assertError(service.post("/v1/comments", comment("b", "1", "hi")
        .put("createdAt", Instant.now().plusSeconds(3600).toString())), 400, "invalid_field");
    assertError(service.post("/v1/comments", new JsonArray().add("not an object")), 400, "invalid_field");
    assertError(service.post("/v1/comments", new JsonArray()), 400, "invalid_field");
  }

  @Test
  void malformedBodiesAreInvalidJson() {
    assertError(raw("application/json", "{\"id\": \"1\", "), 400, "invalid_json");
    assertError(raw("application/json", "[".repeat(40) + "]".repeat(40)), 400, "invalid_json");
    assertError(raw("application/json", "null"), 400, "invalid_json");
    assertError(raw("application/x-ndjson", "{}\n{oops"), 400, "invalid_json");
    assertError(service.raw("POST", "/v1/comments", "application/json",
        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, Service.ADMIN), 400, "invalid_json");
  }

  @Test
  void oversizedBodiesAndBatchesAreTooLarge() {
    JsonArray batch = new JsonArray();
    for (int i = 0; i < 501; i++) batch.add(comment("ingest-e", "b" + i, "hi"));
    assertError(service.post("/v1/comments", batch), 413, "payload_too_large");
    assertError(raw("application/json", "\"" + "x".repeat(2 * 1024 * 1024) + "\""), 413, "payload_too_large");
  }

  @Test
  void otherMediaTypesAreUnsupported() {
    assertError(raw("text/plain", "hello"), 415, "unsupported_media_type");
  }

  @Test
  void requestsWithoutAValidKeyAreUnauthorized() {
    assertError(service.get("/v1/comments?brand=x", null), 401, "unauthorized");
    assertError(service.get("/v1/comments?brand=x", "wrong-key"), 401, "unauthorized");
  }

  @Test
  void unknownCommentAndEndpointAreNotFound() {
    assertError(service.get("/v1/comments/nobody/twitter/nothing"), 404, "not_found");
    assertError(service.get("/v1/nothing-here"), 404, "not_found");
  }

  @Test
  void idsWithSlashesAndSpacesAreLookedUpUrlEncoded() {
    service.ingest(comment("ingest-f", "t1_abc/def ghi", "Is this thing on?"));

    Response response = service.get("/v1/comments/ingest-f/twitter/t1_abc%2Fdef%20ghi");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().getString("id")).isEqualTo("t1_abc/def ghi");
  }

  @Test
  void commentListingFiltersByStatusAndTextAndPagesWithCursor() {
    service.ingest(comment("ingest-g", "l1", "Where is my refund?"), comment("ingest-g", "l2", "Great coffee, love it!"),
        comment("ingest-g", "l3", "Refund still missing, why?"));

    JsonObject queued = service.get("/v1/comments?brand=ingest-g&status=queued&q=REFUND").json();
    JsonObject page1 = service.get("/v1/comments?brand=ingest-g&limit=2").json();
    JsonObject page2 = service.get("/v1/comments?brand=ingest-g&limit=2&after=" + page1.getString("next")).json();

    assertThat(queued.getJsonArray("comments")).extracting(c -> ((JsonObject) c).getString("id")).containsExactly("l3", "l1");
    assertThat(page1.getJsonArray("comments")).extracting(c -> ((JsonObject) c).getString("id")).containsExactly("l3", "l2");
    assertThat(page2.getJsonArray("comments")).extracting(c -> ((JsonObject) c).getString("id")).containsExactly("l1");
    assertThat(page2.getString("next")).isNull();
    assertError(service.get("/v1/comments?brand=ingest-g&limit=0"), 400, "invalid_parameter");
    assertError(service.get("/v1/comments?brand=ingest-g&limit=501"), 400, "invalid_parameter");
    assertError(service.get("/v1/comments?brand=ingest-g&after=abc"), 400, "invalid_parameter");
  }

  @Test
  void commentListingFindsAnAuthorsEarlierCommentsByHandleOrId() {
    service.ingest(comment("ingest-k", "a1", "First from ann").put("author", new JsonObject().put("id", "u1").put("handle", "ann_x")),
        comment("ingest-k", "a2", "From bob").put("author", new JsonObject().put("id", "u2").put("handle", "bob")),
        comment("ingest-k", "a3", "Second from ann").put("author", new JsonObject().put("id", "u1").put("handle", "ann_x")),
        comment("ingest-k", "a4", "Not ann: a look-alike").put("author", new JsonObject().put("id", "u9").put("handle", "annaxx")));

    for (String author : new String[] {"ann_x", "@ann_x", "u1"}) {
      assertThat(service.get("/v1/comments?brand=ingest-k&author=" + author.replace("@", "%40")).json().getJsonArray("comments"))
          .extracting(c -> ((JsonObject) c).getString("id")).as(author).containsExactly("a3", "a1");
    }
    assertThat(service.get("/v1/comments?brand=ingest-k&author=ann%25").json().getJsonArray("comments")).isEmpty();
  }

  @Test
  void erasureRemovesTextAndAuthorButKeepsDecisions() {
    service.ingest(comment("ingest-h", "e1", "My card was charged twice, this is awful")
        .put("author", new JsonObject().put("handle", "@private")));

    Response erased = service.delete("/v1/comments/ingest-h/twitter/e1");
    JsonObject after = service.get("/v1/comments/ingest-h/twitter/e1").json();

    assertThat(erased.status()).isEqualTo(200);
    assertThat(after.getString("text")).isNull();
    assertThat(after.getValue("author")).isNull();
    assertThat(after.getJsonArray("decisions")).isNotEmpty();
    assertThat(after.getString("erasedAt")).isNotNull();
  }

  @Test
  void healthAnswersWithoutKey() {
    Response health = service.get("/health", null);

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().getString("status")).isEqualTo("up");
  }

  private static Response raw(String contentType, String body) {
    return service.raw("POST", "/v1/comments", contentType, body.getBytes(StandardCharsets.UTF_8), Service.ADMIN);
  }

  static void assertError(Response response, int status, String code) {
    Service.assertError(response, status, code);
  }
}
