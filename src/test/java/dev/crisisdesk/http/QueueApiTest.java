package dev.crisisdesk.http;

import static dev.crisisdesk.Service.comment;
import static dev.crisisdesk.http.IngestApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.RunningService;
import dev.crisisdesk.Service;
import dev.crisisdesk.Service.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("slow")
class QueueApiTest {
  private static final String ANGRY = "This is the worst customer service I have ever had. Terrible and rude.";

  @RegisterExtension
  static final RunningService service = new RunningService();

  @Test
  void negativeCommentFromBigAudienceIsAnsweredBeforeNeutralQuestionFromSmallAccount() {
    service.ingest(
        comment("q-order", "question", "How do I change my password?").put("author", new JsonObject().put("followers", 15)),
        comment("q-order", "angry", ANGRY).put("author", new JsonObject().put("followers", 48_000)),
        comment("q-order", "verified", "Awful product, it stopped working after one day.")
            .put("author", new JsonObject().put("followers", 40).put("verified", true)));

    JsonObject angry = service.get("/v1/comments/q-order/twitter/angry").json();
    JsonObject verified = service.get("/v1/comments/q-order/twitter/verified").json();
    JsonObject question = service.get("/v1/comments/q-order/twitter/question").json();

    assertThat(angry.getString("queue")).isEqualTo("urgent");
    assertThat(verified.getString("queue")).isEqualTo("urgent");
    JsonObject why = angry.getJsonArray("decisions").stream().map(JsonObject.class::cast)
        .filter(d -> d.getString("action").equals("route")).findFirst().orElseThrow();
    assertThat(why.getString("rule")).isEqualTo("Negative comment from a big audience goes to the urgent queue");
    assertThat(why.getJsonObject("facts").getInteger("followers")).isEqualTo(48_000);
    assertThat(why.getJsonObject("facts").getString("sentiment")).contains("negative");
    assertThat(why.getJsonObject("facts").getDouble("score")).isNegative();
    assertThat(angry.getInteger("priority")).isGreaterThan(question.getInteger("priority"));
    assertThat(verified.getInteger("priority")).isGreaterThan(question.getInteger("priority"));
    JsonArray urgent = service.get("/v1/queues/urgent/items?brand=q-order").json().getJsonArray("items");
    assertThat(urgent).extracting(i -> ((JsonObject) i).getJsonObject("comment").getString("id")).contains("angry", "verified");
    assertThat(urgent.getJsonObject(0).getJsonArray("rules")).contains("Negative comment from a big audience goes to the urgent queue");
  }

  @Test
  void queueListingShowsEveryDeclaredQueueWithDepth() {
    service.ingest(comment("q-depth", "1", ANGRY));

    JsonArray queues = service.get("/v1/queues?brand=q-depth").json().getJsonArray("queues");

    assertThat(queues).extracting(q -> ((JsonObject) q).getString("name"))
        .containsExactly("crisis", "urgent", "complaints", "requests", "questions", "other-languages", "engagement", "moderation");
    JsonObject complaints = queue(queues, "complaints");
    assertThat(complaints.getInteger("depth")).isEqualTo(1);
    assertThat(complaints.getInteger("claimed")).isZero();
    assertThat(complaints.getString("oldestAt")).isNotNull();
    assertError(service.get("/v1/queues"), 400, "invalid_parameter");
    assertError(service.get("/v1/queues/nowhere/items?brand=q-depth"), 404, "not_found");
  }

  @Test
  void claimNeverHandsOneItemToTwoAgents() throws Exception {
    // two dozen angry comments would open a crisis and fill the crisis queue instead
    service.put("/v1/brands/q-race", new JsonObject().put("thresholds", new JsonObject().put("negativeSpike.count", 1000)));
    List<JsonObject> comments = new ArrayList<>();
    for (int i = 0; i < 24; i++) comments.add(comment("q-race", "r" + i, ANGRY + " Order " + i + "."));
    service.ingest(comments.toArray(JsonObject[]::new));
    int depth = queue(service.get("/v1/queues?brand=q-race").json().getJsonArray("queues"), "complaints").getInteger("depth");

    Set<String> claimed = ConcurrentHashMap.newKeySet();
    List<String> all = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService agents = Executors.newFixedThreadPool(6);
    List<Future<?>> done = new ArrayList<>();
    for (int a = 0; a < 6; a++) {
      String agent = "agent-" + a;
      done.add(agents.submit(() -> {
        while (true) {
          JsonArray items = service.post("/v1/queues/complaints/claim",
              new JsonObject().put("brand", "q-race").put("agent", agent).put("limit", 2)).json().getJsonArray("items");
          if (items.isEmpty()) return;
          items.forEach(item -> {
            claimed.add(((JsonObject) item).getString("itemId"));
            all.add(((JsonObject) item).getString("itemId"));
          });
        }
      }));
    }
    for (Future<?> f : done) f.get();
    agents.shutdown();

    assertThat(depth).isEqualTo(24);
    assertThat(all).hasSize(24).doesNotHaveDuplicates();
    assertThat(claimed).hasSize(24);
  }

  @Test
  void aNamedItemIsClaimedOnlyIfItIsInTheQueueAndFree() {
    service.ingest(comment("q-pick", "p1", "How do I change my delivery address?"), comment("q-pick", "p2", "How do I reset my password?"));
    JsonArray open = service.get("/v1/queues/questions/items?brand=q-pick").json().getJsonArray("items");
    String last = open.getJsonObject(open.size() - 1).getString("itemId");

    JsonArray picked = service.post("/v1/queues/questions/claim", new JsonObject().put("brand", "q-pick").put("agent", "ann").put("itemId", last))
        .json().getJsonArray("items");
    JsonArray again = service.post("/v1/queues/questions/claim", new JsonObject().put("brand", "q-pick").put("agent", "bob").put("itemId", last))
        .json().getJsonArray("items");
    JsonArray elsewhere = service.post("/v1/queues/complaints/claim", new JsonObject().put("brand", "q-pick").put("agent", "bob")
        .put("itemId", open.getJsonObject(0).getString("itemId"))).json().getJsonArray("items");

    assertThat(picked).hasSize(1);
    assertThat(picked.getJsonObject(0).getString("itemId")).isEqualTo(last);
    assertThat(again).as("held by ann").isEmpty();
    assertThat(elsewhere).as("not in that queue").isEmpty();
  }

  @Test
  void replyClosesItemMarksCommentRepliedAndReachesOutbox() {
    service.ingest(comment("q-reply", "c1", ANGRY));
    JsonObject item = claimOne("q-reply", "complaints", "ann", 300);

    Response reply = service.post("/v1/items/" + item.getString("itemId") + "/reply",
        new JsonObject().put("agent", "ann").put("text", "Sorry! We have sent you a DM."));
    Response again = service.post("/v1/items/" + item.getString("itemId") + "/reply",
        new JsonObject().put("agent", "ann").put("text", "twice"));
    JsonObject outbox = service.get("/v1/outbox?brand=q-reply").json();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getString("state")).isEqualTo("replied");
    assertError(again, 409, "conflict");
    assertThat(service.get("/v1/comments/q-reply/twitter/c1").json().getString("status")).isEqualTo("replied");
    JsonObject event = outbox.getJsonArray("events").getJsonObject(0);
    assertThat(event.getString("type")).isEqualTo("reply");
    assertThat(event.getString("commentId")).isEqualTo("c1");
    assertThat(event.getString("platform")).isEqualTo("twitter");
    assertThat(event.getString("text")).isEqualTo("Sorry! We have sent you a DM.");
    assertThat(service.get("/v1/outbox?brand=q-reply&after=" + outbox.getString("next")).json().getJsonArray("events")).isEmpty();
    assertThat(service.get("/v1/queues/complaints/items?brand=q-reply").json().getJsonArray("items")).isEmpty();
  }

  @Test
  void onlyTheLeaseHolderMayActOnAnItem() {
    service.ingest(comment("q-lease", "c1", ANGRY));
    JsonObject item = claimOne("q-lease", "complaints", "ann", 300);
    String path = "/v1/items/" + item.getString("itemId");

    assertError(service.post(path + "/reply", new JsonObject().put("agent", "bob").put("text", "hi")), 409, "conflict");
    assertError(service.post(path + "/resolve", new JsonObject().put("agent", "bob")), 409, "conflict");
    assertThat(service.post("/v1/queues/complaints/claim", new JsonObject().put("brand", "q-lease").put("agent", "bob"))
        .json().getJsonArray("items")).isEmpty();

    assertThat(service.post(path + "/release", new JsonObject().put("agent", "ann")).status()).isEqualTo(200);
    JsonObject bobs = claimOne("q-lease", "complaints", "bob", 300);
    assertThat(bobs.getString("itemId")).isEqualTo(item.getString("itemId"));
    assertThat(bobs.getString("claimedBy")).isEqualTo("bob");
    assertThat(service.post(path + "/resolve", new JsonObject().put("agent", "bob")).json().getString("state")).isEqualTo("resolved");
    assertThat(service.get("/v1/comments/q-lease/twitter/c1").json().getString("status")).isEqualTo("resolved");
  }

  @Test
  void expiredLeaseReturnsItemAndLateReplyIsRefused() {
    service.ingest(comment("q-expire", "c1", ANGRY));
    JsonObject item = claimOne("q-expire", "complaints", "ann", 1);
    Service.sleep(1_300);

    JsonObject again = claimOne("q-expire", "complaints", "bob", 300);
    Response late = service.post("/v1/items/" + item.getString("itemId") + "/reply",
        new JsonObject().put("agent", "ann").put("text", "too late"));

    assertThat(again.getString("itemId")).isEqualTo(item.getString("itemId"));
    assertError(late, 409, "conflict");
  }

  @Test
  void moveSendsItemToAnotherDeclaredQueue() {
    service.ingest(comment("q-move", "c1", ANGRY));
    JsonObject item = claimOne("q-move", "complaints", "ann", 300);
    String path = "/v1/items/" + item.getString("itemId") + "/move";

    assertError(service.post(path, new JsonObject().put("agent", "ann").put("queue", "nowhere")), 404, "not_found");
    Response moved = service.post(path, new JsonObject().put("agent", "ann").put("queue", "urgent"));

    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.json().getString("queue")).isEqualTo("urgent");
    assertThat(moved.json().getValue("claimedBy")).isNull();
    assertThat(service.get("/v1/queues/urgent/items?brand=q-move").json().getJsonArray("items")).hasSize(1);
  }

  @Test
  void hiddenSpamGoesToOutboxAndNoQueue() {
    service.ingest(comment("q-spam", "s1", "Get free followers now at http://spam.example.com"));

    JsonObject spam = service.get("/v1/comments/q-spam/twitter/s1").json();
    JsonArray events = service.get("/v1/outbox?brand=q-spam").json().getJsonArray("events");

    assertThat(spam.getString("status")).isEqualTo("hidden");
    assertThat(spam.getString("itemId")).isNull();
    assertThat(events).hasSize(1);
    assertThat(events.getJsonObject(0).getString("type")).isEqualTo("hide");
  }

  @Test
  void aManagerSendsAHiddenCommentToAQueueAndItIsUnhidden() {
    service.ingest(comment("q-route", "s1", "Get free followers now at http://spam.example.com"),
        comment("q-route", "ok", "How do I change my password?"));

    Response routed = service.post("/v1/comments/q-route/twitter/s1/route",
        new JsonObject().put("agent", "maria").put("queue", "complaints").put("priority", 70));

    assertThat(routed.status()).isEqualTo(201);
    assertThat(routed.json().getString("queue")).isEqualTo("complaints");
    assertThat(routed.json().getInteger("priority")).isEqualTo(70);
    JsonObject comment = service.get("/v1/comments/q-route/twitter/s1").json();
    assertThat(comment.getString("status")).isEqualTo("queued");
    assertThat(comment.getJsonArray("decisions").stream().map(JsonObject.class::cast))
        .anySatisfy(d -> assertThat(d.getString("rule")).isEqualTo("routed by maria"));
    JsonArray events = service.get("/v1/outbox?brand=q-route").json().getJsonArray("events");
    assertThat(events).extracting(e -> ((JsonObject) e).getString("type")).containsExactly("hide", "unhide");
    assertThat(service.get("/v1/queues/complaints/items?brand=q-route").json().getJsonArray("items"))
        .extracting(i -> ((JsonObject) i).getJsonObject("comment").getString("id")).contains("s1");

    // a queued comment is moved through its item, not routed again; unknown comments and queues are 404
    assertError(service.post("/v1/comments/q-route/twitter/ok/route", new JsonObject().put("agent", "maria").put("queue", "urgent")),
        409, "conflict");
    assertError(service.post("/v1/comments/q-route/twitter/none/route", new JsonObject().put("agent", "maria").put("queue", "urgent")),
        404, "not_found");
    assertError(service.post("/v1/comments/q-route/twitter/s1/route", new JsonObject().put("agent", "maria").put("queue", "nowhere")),
        404, "not_found");
    assertError(service.post("/v1/comments/q-route/twitter/s1/route", new JsonObject().put("queue", "urgent")), 400, "invalid_field");
  }

  @Test
  void badCommandBodiesAreRejected() {
    assertError(service.post("/v1/queues/complaints/claim", new JsonObject().put("brand", "q-bad")), 400, "invalid_field");
    assertError(service.post("/v1/queues/complaints/claim",
        new JsonObject().put("brand", "q-bad").put("agent", "a").put("leaseSeconds", -1)), 400, "invalid_field");
    assertError(service.raw("POST", "/v1/queues/complaints/claim", "application/json", "{".getBytes(), Service.ADMIN), 400, "invalid_json");
    assertError(service.post("/v1/items/no-such-item/reply", new JsonObject().put("agent", "a").put("text", "x")), 404, "not_found");
    assertError(service.get("/v1/outbox?brand=q-bad&after=-4"), 400, "invalid_parameter");
  }

  static JsonObject queue(JsonArray queues, String name) {
    return queues.stream().map(JsonObject.class::cast).filter(q -> q.getString("name").equals(name)).findFirst().orElseThrow();
  }

  private static JsonObject claimOne(String brand, String queue, String agent, int leaseSeconds) {
    JsonArray items = service.post("/v1/queues/" + queue + "/claim", new JsonObject()
        .put("brand", brand).put("agent", agent).put("leaseSeconds", leaseSeconds)).json().getJsonArray("items");
    assertThat(items).as("claim from " + queue).hasSize(1);
    return items.getJsonObject(0);
  }
}
