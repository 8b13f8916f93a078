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
class OperationsApiTest {
  private static final String ANGRY = "This is the worst customer service I have ever had. Terrible and rude.";

  @RegisterExtension
  static final RunningService service = new RunningService();

  @Test
  void kpisCountResponsesRatesBreachesAndHourlyVolume() {
    service.ingest(comment("kpi", "1", ANGRY), comment("kpi", "2", ANGRY + " Again."), comment("kpi", "3", "Love it, thanks!"));
    JsonObject item = service.post("/v1/queues/complaints/claim", new JsonObject().put("brand", "kpi").put("agent", "ann"))
        .json().getJsonArray("items").getJsonObject(0);
    service.post("/v1/items/" + item.getString("itemId") + "/reply", new JsonObject().put("agent", "ann").put("text", "Sorry!"));

    JsonObject kpis = service.get("/v1/kpis?brand=kpi").json();

    // the praise is an item too (engagement): nothing answerable is dropped
    assertThat(kpis.getInteger("items")).isEqualTo(3);
    assertThat(kpis.getInteger("replied")).isEqualTo(1);
    assertThat(kpis.getDouble("responseRate")).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(0.001));
    assertThat(kpis.getJsonObject("firstResponseSeconds").getInteger("count")).isEqualTo(1);
    assertThat(kpis.getJsonObject("firstResponseSeconds").getDouble("p90")).isBetween(0.0, 120.0);
    assertThat(kpis.getInteger("slaBreaches")).isZero();
    JsonArray hourly = kpis.getJsonArray("hourly");
    assertThat(hourly.stream().mapToInt(h -> ((JsonObject) h).getInteger("comments")).sum()).isEqualTo(3);
    assertThat(hourly.stream().mapToInt(h -> ((JsonObject) h).getInteger("negative")).sum()).isEqualTo(2);
  }

  @Test
  void kpiParametersAreChecked() {
    assertError(service.get("/v1/kpis"), 400, "invalid_parameter");
    assertError(service.get("/v1/kpis?brand=kpi&from=yesterday"), 400, "invalid_parameter");
    assertError(service.get("/v1/kpis?brand=kpi&from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z"), 400, "invalid_parameter");
    String ingest = service.post("/v1/keys", new JsonObject().put("role", "ingest").put("brands", new JsonArray().add("kpi")))
        .json().getString("key");
    assertError(service.get("/v1/kpis?brand=kpi", ingest), 403, "forbidden");
  }

  @Test
  void metricsAreServedInPrometheusTextWithoutKey() {
    service.ingest(comment("metrics", "1", ANGRY));
    service.post("/v1/comments", comment("metrics", "1", ANGRY));
    service.get("/v1/comments/nobody/twitter/none");

    Service.Response metrics = service.get("/metrics", null);

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(metrics.body()).contains("# TYPE crisisdesk_comments_accepted_total counter", "crisisdesk_comments_duplicate_total",
        "crisisdesk_comments_processed_total{status=\"queued\"}", "crisisdesk_processing_seconds_bucket{le=\"+Inf\"}",
        "crisisdesk_queue_depth{brand=\"metrics\",queue=\"complaints\"} 1", "crisisdesk_http_errors_total{status=\"404\"}",
        "crisisdesk_in_flight", "crisisdesk_parked_brands 0");
  }
}
