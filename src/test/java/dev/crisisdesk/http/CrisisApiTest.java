package dev.crisisdesk.http;

import static org.awaitility.Awaitility.await;
import static dev.crisisdesk.Service.comment;
import static dev.crisisdesk.http.IngestApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.MovableClock;
import dev.crisisdesk.Service;
import dev.crisisdesk.SseClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class CrisisApiTest {
  private static final String[] ANGRY = {
      "This is the worst customer service I have ever had. Terrible and rude.",
      "Awful product, it stopped working after one day.",
      "Horrible experience, rude staff and a dirty store.",
      "Your app is a disaster, I hate it.",
      "Worst update ever, you ruined everything."};
  private static final String[] CALM = {"Nice photo!", "See you at the event on Saturday", "Thanks, great news", "Love the colors"};

  @TempDir
  static Path data;
  private static final MovableClock CLOCK = new MovableClock();
  private static Service service;

  @BeforeAll
  static void start() {
    service = Service.start(data, CLOCK);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void burstOfAngryCommentsOpensOneIncidentForThatBrandAlone() {
    Instant start = CLOCK.instant().minus(Duration.ofMinutes(20));
    List<JsonObject> stream = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      stream.add(at(comment("calm-one", "c" + i, CALM[i % CALM.length]), start.plusSeconds(i * 30L)));
      stream.add(at(comment("calm-two", "c" + i, CALM[(i + 1) % CALM.length]), start.plusSeconds(i * 30L + 7)));
    }
    for (int i = 0; i < 40; i++) stream.add(at(comment("storm", "s" + i, ANGRY[i % ANGRY.length] + " #" + i), start.plusSeconds(600 + i * 4L)));
    service.ingest(stream.toArray(JsonObject[]::new));

    JsonArray storm = service.get("/v1/crises?brand=storm").json().getJsonArray("crises");

    assertThat(storm).hasSize(1);
    JsonObject incident = storm.getJsonObject(0);
    assertThat(incident.getString("rule")).isEqualTo("Negative spike");
    assertThat(incident.getString("status")).isEqualTo("open");
    assertThat(incident.getString("severity")).isIn("medium", "high", "critical");
    assertThat(incident.getString("reason")).contains("negative comments in 5 minutes");
    assertThat(incident.getJsonArray("commentIds")).isNotEmpty();
    assertThat(service.get("/v1/crises?brand=calm-one").json().getJsonArray("crises")).isEmpty();
    assertThat(service.get("/v1/crises?brand=calm-two").json().getJsonArray("crises")).isEmpty();

    JsonObject during = service.ingest(at(comment("storm", "after", ANGRY[0]), start.plusSeconds(800)));
    assertThat(during.getInteger("accepted")).isEqualTo(1);
    assertThat(service.get("/v1/comments/storm/twitter/after").json().getString("queue")).isEqualTo("crisis");
  }

  @Test
  void incidentIsAcknowledgedAnnotatedAndResolvedThenCoolsDown() {
    Instant start = CLOCK.instant().minus(Duration.ofMinutes(10));
    List<JsonObject> burst = new ArrayList<>();
    for (int i = 0; i < 25; i++) burst.add(at(comment("life", "s" + i, ANGRY[i % ANGRY.length] + " " + i), start.plusSeconds(i * 5L)));
    service.ingest(burst.toArray(JsonObject[]::new));
    String id = service.get("/v1/crises?brand=life&status=open").json().getJsonArray("crises").getJsonObject(0).getString("id");

    JsonObject acknowledged = service.post("/v1/crises/" + id + "/acknowledge", new JsonObject().put("owner", "dana")).json();
    JsonObject noted = service.post("/v1/crises/" + id + "/notes", new JsonObject().put("text", "statement drafted")).json();
    JsonObject resolved = service.post("/v1/crises/" + id + "/resolve", new JsonObject().put("note", "refunds sent")).json();

    assertThat(acknowledged.getString("status")).isEqualTo("acknowledged");
    assertThat(acknowledged.getString("owner")).isEqualTo("dana");
    assertThat(noted.getJsonArray("notes")).extracting(n -> ((JsonObject) n).getString("text")).containsExactly("statement drafted");
    assertThat(resolved.getString("status")).isEqualTo("resolved");
    assertThat(resolved.getJsonArray("notes")).hasSize(2);
    assertError(service.post("/v1/crises/" + id + "/resolve", new JsonObject()), 409, "conflict");

    List<JsonObject> more = new ArrayList<>();
    for (int i = 0; i < 10; i++) more.add(at(comment("life", "m" + i, ANGRY[i % ANGRY.length] + " again " + i), start.plusSeconds(200 + i * 5L)));
    service.ingest(more.toArray(JsonObject[]::new));
    assertThat(service.get("/v1/crises?brand=life").json().getJsonArray("crises")).hasSize(1);
    assertThat(service.get("/v1/comments/life/twitter/m9").json().getString("queue")).isNotEqualTo("crisis");
  }

  @Test
  void brandSettingsAreValidatedMergedAndChangeWhatRulesSee() {
    JsonObject put = service.put("/v1/brands/tuned", new JsonObject().put("watchTerms", new JsonArray().add("meltdown"))
        .put("timezone", "Europe/Paris").put("thresholds", new JsonObject().put("keywordSurge.count", 2))).json();
    JsonObject read = service.get("/v1/brands/tuned").json();

    assertThat(put.getJsonArray("watchTerms")).containsExactly("meltdown");
    assertThat(put.getJsonObject("droppedDefaults").getJsonArray("watchTerms")).as("a whole list says which defaults it dropped")
        .contains("recall", "outage");
    assertThat(read.getString("timezone")).isEqualTo("Europe/Paris");
    assertThat(read.getJsonObject("thresholds").getDouble("keywordSurge.count")).isEqualTo(2.0);
    assertThat(read.getJsonObject("thresholds").getDouble("negativeSpike.count")).isEqualTo(20.0);
    assertError(service.put("/v1/brands/tuned", new JsonObject().put("timezone", "Mars/Olympus")), 400, "invalid_field");
    assertError(service.put("/v1/brands/tuned", new JsonObject().put("thresholds", new JsonObject().put("nope", 1))), 400, "invalid_field");
    assertError(service.put("/v1/brands/tuned", new JsonObject().put("watchTerms", "recall")), 400, "invalid_field");
    assertError(service.patch("/v1/brands/tuned", new JsonObject().put("watchTerms", new JsonObject().put("drop", new JsonArray()))),
        400, "invalid_field");

    // a patch edits lists and thresholds without restating the rest
    JsonObject added = service.patch("/v1/brands/edited", new JsonObject().put("watchTerms", new JsonObject().put("add", new JsonArray().add("meltdown"))
        .put("remove", new JsonArray().add("Boycott")))).json();
    assertThat(added.getJsonArray("watchTerms")).contains("recall", "outage", "meltdown").doesNotContain("boycott");
    assertThat(added.containsKey("droppedDefaults")).isFalse();
    service.patch("/v1/brands/edited", new JsonObject().put("thresholds", new JsonObject().put("keywordSurge.count", 3)));
    JsonObject twice = service.patch("/v1/brands/edited", new JsonObject().put("thresholds", new JsonObject().put("negativeSpike.count", 30))
        .put("abusiveTerms", new JsonObject().put("add", new JsonArray().add("numpty")))).json();
    assertThat(twice.getJsonObject("thresholds").getDouble("keywordSurge.count")).isEqualTo(3.0);
    assertThat(twice.getJsonObject("thresholds").getDouble("negativeSpike.count")).isEqualTo(30.0);
    assertThat(twice.getJsonArray("watchTerms")).contains("meltdown", "recall");
    assertThat(twice.getJsonArray("abusiveTerms")).contains("idiot", "numpty");

    Instant now = CLOCK.instant();
    service.ingest(at(comment("tuned", "k1", "Is this a meltdown?"), now.minusSeconds(60)), at(comment("tuned", "k2", "Total meltdown today"), now));
    assertThat(service.get("/v1/crises?brand=tuned").json().getJsonArray("crises")).extracting(c -> ((JsonObject) c).getString("rule"))
        .containsExactly("Watch terms surge");
  }

  @Test
  void unansweredItemIsEscalatedByTheRulesOnTheClock() {
    service.ingest(comment("late", "q1", "How do I change my delivery address?"));
    JsonObject before = service.get("/v1/comments/late/twitter/q1").json();

    CLOCK.advance(Duration.ofHours(5));
    JsonObject after = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
        .until(() -> service.get("/v1/comments/late/twitter/q1").json(), now -> !now.getString("queue").equals(before.getString("queue")));

    assertThat(after.getInteger("priority")).isGreaterThan(before.getInteger("priority"));
    JsonObject item = service.get("/v1/queues/" + after.getString("queue") + "/items?brand=late").json().getJsonArray("items").getJsonObject(0);
    assertThat(item.getJsonArray("rules")).anySatisfy(rule -> assertThat((String) rule).startsWith("Overdue items"));
    try (SseClient events = new SseClient(service.app().port(), "/v1/events?brand=late&after=0", Service.ADMIN, null)) {
      List<SseClient.Event> seen = events.until(e -> e.type().equals("item.overdue"), Duration.ofSeconds(10));
      JsonObject overdue = seen.get(seen.size() - 1).data();
      assertThat(overdue.getJsonObject("item").getString("queue")).isEqualTo(after.getString("queue"));
      assertThat(overdue.getJsonObject("item").getString("commentId")).isEqualTo("q1");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void incidentsOfAnotherBrandAreNotFound() {
    String key = service.post("/v1/keys", new JsonObject().put("role", "strategist").put("brands", new JsonArray().add("mine")))
        .json().getString("key");
    // one mention of a watch term opens an incident for this brand
    service.put("/v1/brands/theirs", new JsonObject().put("thresholds", new JsonObject().put("keywordSurge.count", 1)));
    service.ingest(at(comment("theirs", "x", "Really disappointed, terrible service. Is this a scam?"), CLOCK.instant()));
    String id = service.get("/v1/crises?brand=theirs").json().getJsonArray("crises").getJsonObject(0).getString("id");

    assertError(service.post("/v1/crises/" + id + "/acknowledge", new JsonObject().put("owner", "me"), key), 404, "not_found");
    assertError(service.get("/v1/crises?brand=theirs", key), 403, "forbidden");
    assertError(service.get("/v1/crises?brand=mine&status=sleeping", key), 400, "invalid_parameter");
  }

  private static JsonObject at(JsonObject comment, Instant createdAt) {
    return comment.put("createdAt", createdAt.toString());
  }
}
