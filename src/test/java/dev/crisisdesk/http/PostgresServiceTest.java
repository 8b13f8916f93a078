package dev.crisisdesk.http;

import static org.awaitility.Awaitility.await;
import static dev.crisisdesk.Service.assertError;
import static dev.crisisdesk.Service.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.Config;
import dev.crisisdesk.Service;
import dev.crisisdesk.SseClient;
import dev.crisisdesk.store.TestStores;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole service on a real PostgreSQL server, then again after a restart on the same database. */
@Tag("slow")
class PostgresServiceTest {
  private static final String ANGRY = "This is the worst customer service I have ever had. Terrible and rude.";

  @TempDir
  Path data;

  @Test
  void everyEndpointWorksOnPostgresAndItsStateSurvivesARestart() throws Exception {
    String url = TestStores.freshPostgres();
    UnaryOperator<Config> onPostgres = config -> config.withStore(url).withInternalWebhookHosts(java.util.List.of("127.0.0.1"));
    String itemId;
    String crisisId;
    try {
      try (Service service = Service.start(data, Clock.systemUTC(), onPostgres)) {
        // one mention of a watch term opens an incident for this brand
        service.put("/v1/brands/pg-a", new JsonObject().put("thresholds", new JsonObject().put("keywordSurge.count", 1)));
        service.ingest(comment("pg-a", "vip", ANGRY + " Is there a recall?").put("author", new JsonObject().put("handle", "vip").put("followers", 500_000)),
            comment("pg-a", "spam", "Get free followers now at http://spam.example.com"),
            comment("pg-a", "q", "How do I change my delivery address?").put("author", new JsonObject().put("handle", "quinn")));
        assertThat(service.get("/v1/comments/pg-a/twitter/spam").json().getString("status")).isEqualTo("hidden");

        JsonObject item = service.post("/v1/queues/questions/claim", new JsonObject().put("brand", "pg-a").put("agent", "ann"))
            .json().getJsonArray("items").getJsonObject(0);
        itemId = item.getString("itemId");
        assertThat(service.post("/v1/items/" + itemId + "/reply", new JsonObject().put("agent", "ann").put("text", "Settings, then Address."))
            .status()).isEqualTo(200);
        assertThat(service.get("/v1/outbox?brand=pg-a").json().getJsonArray("events").stream()
            .map(e -> ((JsonObject) e).getString("type")).toList()).containsExactly("hide", "reply");

        crisisId = service.get("/v1/crises?brand=pg-a").json().getJsonArray("crises").getJsonObject(0).getString("id");
        service.post("/v1/crises/" + crisisId + "/acknowledge", new JsonObject().put("owner", "dana"));
        service.post("/v1/crises/" + crisisId + "/notes", new JsonObject().put("text", "statement drafted"));
        assertThat(service.post("/v1/crises/" + crisisId + "/resolve", new JsonObject().put("note", "done")).status()).isEqualTo(200);

        for (String term : List.of("recall", "outage")) {
          assertThat(service.put("/v1/brands/pg-a", new JsonObject().put("watchTerms", new JsonArray().add(term))).status()).isEqualTo(200);
        }
        assertThat(service.get("/v1/brands/pg-a").json().encode()).contains("outage");

        JsonObject hook = service.post("/v1/webhooks", new JsonObject().put("url", "http://127.0.0.1:9/nobody-listens")
            .put("brands", new JsonArray().add("pg-a"))).json();
        service.ingest(comment("pg-a", "late", ANGRY + " Again."));
        awaitFailedAttempts(service, hook.getString("id"), 2);

        assertThat(service.get("/v1/comments?brand=pg-a&q=DELIVERY").json().getJsonArray("comments")).hasSize(1);
        assertThat(service.get("/v1/comments?brand=pg-a&author=quinn").json().getJsonArray("comments")).hasSize(1);
        JsonObject kpis = service.get("/v1/kpis?brand=pg-a").json();
        assertThat(kpis.getInteger("replied")).isEqualTo(1);
        assertThat(service.get("/v1/audit?brand=pg-a").json().getJsonArray("entries")).hasSizeGreaterThanOrEqualTo(6);
        JsonObject rules = service.get("/v1/rules").json();
        assertThat(service.put("/v1/rules?brand=pg-a", new JsonObject().put("files", rules.getJsonObject("files"))).status()).isEqualTo(201);
        assertError(service.post("/v1/backups", new JsonObject()), 409, "conflict");
        try (SseClient events = new SseClient(service.app().port(), "/v1/events?brand=pg-a&after=0", Service.ADMIN, null)) {
          assertThat(events.until(e -> e.type().equals("incident.resolved"), Duration.ofSeconds(10))).isNotEmpty();
        }
      }

      try (Service again = Service.start(data, Clock.systemUTC(), onPostgres)) {
        assertThat(again.get("/v1/comments/pg-a/twitter/q").json().getString("status")).isEqualTo("replied");
        assertThat(again.get("/v1/outbox?brand=pg-a").json().getJsonArray("events")).hasSize(2);
        JsonObject crisis = again.get("/v1/crises?brand=pg-a&status=resolved").json().getJsonArray("crises").getJsonObject(0);
        assertThat(crisis.getString("id")).isEqualTo(crisisId);
        assertThat(crisis.getString("owner")).isEqualTo("dana");
        assertThat(again.get("/v1/webhooks").json().getJsonArray("webhooks")).hasSize(1);
        assertThat(again.get("/v1/rules/versions?brand=pg-a").json().getJsonArray("versions")).hasSize(1);
        assertThat(again.post("/v1/comments", comment("pg-a", "q", "again")).json().getInteger("duplicates")).isEqualTo(1);
      }
    } finally {
      TestStores.dropPostgres(url);
    }
  }

  private static void awaitFailedAttempts(Service service, String webhook, int attempts) {
    await().alias("the webhook's failed attempts recorded").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
      JsonObject state = service.get("/v1/webhooks").json().getJsonArray("webhooks").stream().map(JsonObject.class::cast)
          .filter(w -> w.getString("id").equals(webhook)).findFirst().orElseThrow().getJsonArray("delivery").getJsonObject(0);
      return state.getInteger("failedAttempts") >= attempts;
    });
  }
}
