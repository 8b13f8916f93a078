package dev.crisisdesk.http;

import static dev.crisisdesk.Service.assertError;
import static dev.crisisdesk.Service.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.RunningService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** History imported with ?mode=backfill fills windows and KPIs and opens, queues, hides and alerts nothing. */
@Tag("slow")
class BackfillTest {
  private static final String ANGRY = "This is the worst customer service I have ever had. Terrible and rude.";

  @RegisterExtension
  static final RunningService service = new RunningService();

  @Test
  void backfilledHistoryOpensNothingButCountsInWindowsAndKpis() {
    Instant start = Instant.now().minus(10, ChronoUnit.MINUTES);
    JsonArray history = new JsonArray();
    for (int i = 0; i < 15; i++) history.add(at(comment("bf-a", "h" + i, ANGRY + " " + i), start.plusSeconds(i * 5L)));
    history.add(at(comment("bf-a", "spam", "Get free followers now at http://spam.example.com"), start.plusSeconds(80)));
    history.add(at(comment("bf-a", "vip", ANGRY).put("author", new JsonObject().put("followers", 500_000)), start.plusSeconds(85)));

    JsonObject answer = service.post("/v1/comments?mode=backfill", history).json();
    assertThat(answer.getInteger("accepted")).isEqualTo(17);
    for (Object c : history) service.awaitProcessed("bf-a", "twitter", ((JsonObject) c).getString("id"));

    JsonObject one = service.get("/v1/comments/bf-a/twitter/h3").json();
    assertThat(one.getString("status")).isEqualTo("ignored");
    assertThat(one.getBoolean("backfill")).isTrue();
    assertThat(one.getJsonObject("sentiment").getString("label")).endsWith("negative");
    assertThat(one.getJsonArray("decisions")).as("what the rules would have done is noted").isNotEmpty();
    assertThat(service.get("/v1/comments/bf-a/twitter/spam").json().getString("status")).isEqualTo("ignored");
    assertThat(service.get("/v1/crises?brand=bf-a").json().getJsonArray("crises")).isEmpty();
    assertThat(service.get("/v1/queues?brand=bf-a").json().getJsonArray("queues").stream()
        .mapToInt(q -> ((JsonObject) q).getInteger("depth")).sum()).isZero();
    assertThat(service.get("/v1/outbox?brand=bf-a").json().getJsonArray("events")).isEmpty();
    JsonObject kpis = service.get("/v1/kpis?brand=bf-a&from=" + start.minusSeconds(3600) + "&to=" + Instant.now()).json();
    assertThat(kpis.getJsonArray("hourly").stream().mapToInt(h -> ((JsonObject) h).getInteger("comments")).sum()).isEqualTo(17);
    assertThat(kpis.getInteger("items")).isZero();

    // live comments on top of the backfilled window: the spike is seen with its history
    JsonObject[] live = new JsonObject[10];
    for (int i = 0; i < 10; i++) live[i] = at(comment("bf-a", "l" + i, ANGRY + " again " + i), start.plusSeconds(100 + i * 5L));
    service.ingest(live);
    assertThat(service.get("/v1/crises?brand=bf-a").json().getJsonArray("crises")).hasSize(1);

    // the same live comments without history open nothing
    JsonObject[] alone = new JsonObject[10];
    for (int i = 0; i < 10; i++) alone[i] = at(comment("bf-b", "l" + i, ANGRY + " again " + i), start.plusSeconds(100 + i * 5L));
    service.ingest(alone);
    assertThat(service.get("/v1/crises?brand=bf-b").json().getJsonArray("crises")).isEmpty();
  }

  @Test
  void unknownModeIsAnInvalidParameter() {
    assertError(service.post("/v1/comments?mode=replay", comment("bf-c", "1", "hi")), 400, "invalid_parameter");
  }

  private static JsonObject at(JsonObject comment, Instant createdAt) {
    return comment.put("createdAt", createdAt.toString());
  }
}
