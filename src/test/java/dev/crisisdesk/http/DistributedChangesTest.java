package dev.crisisdesk.http;

import static dev.crisisdesk.Service.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.KafkaBroker;
import dev.crisisdesk.Service;
import dev.crisisdesk.store.TestStores;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL store and one Kafka log; every call goes to the node that does not run
 * the brand. Settings, a resolved incident, a new rule set and a shadow run must still reach the
 * brand's session on the other node, and the shadow report must count what that node compared.
 */
@Tag("slow")
class DistributedChangesTest {
  private static final String QUEUES = "[{\"name\": \"all\", \"slaMinutes\": 60, \"escalateTo\": null}]";

  @TempDir
  Path dir;

  @Test
  void changesMadeThroughOneNodeReachTheSessionOfTheNodeRunningTheBrand() throws Exception {
    String store = TestStores.freshPostgres();
    try (KafkaBroker broker = KafkaBroker.start(Files.createDirectories(dir.resolve("kafka")));
         Service one = node(dir.resolve("one"), store, broker);
         Service two = node(dir.resolve("two"), store, broker)) {
      String brand = Partitions.brandOn("far-", Partitions.awaitSplit(one, two));
      one.ingest(comment(brand, "hello", "Hello, is the shop open on Sunday?"));

      // settings put through node one: node two's running session reads the new watch term
      JsonObject settings = new JsonObject().put("watchTerms", new JsonArray().add("zorblax"))
          .put("thresholds", new JsonObject().put("keywordSurge.count", 2).put("crisis.coolDownMinutes", 0));
      assertThat(one.put("/v1/brands/" + brand, settings).status()).isEqualTo(200);
      one.ingest(comment(brand, "z1", "Is the zorblax safe?"), comment(brand, "z2", "My zorblax broke again."));
      JsonArray crises = one.get("/v1/crises?brand=" + brand).json().getJsonArray("crises");
      assertThat(crises).as("the surge of the new watch term is an incident").hasSize(1);
      assertThat(crises.getJsonObject(0).getString("rule")).isEqualTo("Watch terms surge");

      // resolved through node one: node two's book closes it, so the next surge is a new incident
      String first = crises.getJsonObject(0).getString("id");
      assertThat(one.post("/v1/crises/" + first + "/resolve", new JsonObject().put("note", "answered")).status()).isEqualTo(200);
      one.ingest(comment(brand, "z3", "Another zorblax question."));
      JsonArray after = one.get("/v1/crises?brand=" + brand).json().getJsonArray("crises");
      assertThat(after.stream().map(c -> ((JsonObject) c).getString("status")).sorted().collect(Collectors.toList()))
          .as("a new incident, not the resolved one joined again").containsExactly("open", "resolved");

      // a brand rule set put through node one: node two decides the brand's comments by it within seconds
      assertThat(one.put("/v1/rules?brand=" + brand, ownSet(10)).status()).isEqualTo(201);
      String queue = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      for (int i = 0; System.nanoTime() < deadline && !"all".equals(queue); i++) {
        one.ingest(comment(brand, "q" + i, "Where is my parcel " + i + "?"));
        queue = one.get("/v1/comments/" + brand + "/twitter/q" + i).json().getString("queue");
        if (!"all".equals(queue)) Service.sleep(500);
      }
      assertThat(queue).as("routed by the brand's new set on the node running it").isEqualTo("all");
      assertThat(two.get("/v1/rules?brand=" + brand).json().getString("scope")).isEqualTo(brand);

      // a shadow started through node one runs where the brand runs, and node one's report counts it
      int shadow = one.put("/v1/rules?brand=" + brand + "&activate=false", ownSet(30)).json().getInteger("version");
      assertThat(one.post("/v1/rules/versions/" + shadow + "/shadow?brand=" + brand, new JsonObject()).status()).isEqualTo(200);
      JsonObject report = new JsonObject();
      deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      for (int i = 0; System.nanoTime() < deadline && report.getInteger("compared", 0) == 0; i++) {
        one.ingest(comment(brand, "s" + i, "Where is my refund " + i + "?"));
        Service.sleep(1000);
        report = one.get("/v1/rules/shadow/report?brand=" + brand).json();
      }
      assertThat(report.getInteger("compared")).as("comments compared on the node running the brand").isPositive();
      assertThat(report.getJsonObject("differences").getInteger("prioritized")).isEqualTo(report.getInteger("compared"));
    } finally {
      TestStores.dropPostgres(store);
    }
  }

  private static Service node(Path data, String store, KafkaBroker broker) {
    return Service.start(data, Clock.systemUTC(), config -> config.withStore(store).withLog(broker.url()));
  }

  private static JsonObject ownSet(int priority) {
    String drl = "package own\nimport dev.crisisdesk.facts.Comment\nglobal dev.crisisdesk.facts.Actions actions\n"
        + "rule \"Everything goes to all\"\nwhen $c : Comment( )\nthen actions.route($c, \"all\", " + priority + ");\nend\n";
    return new JsonObject().put("files", new JsonObject().put("all.drl", drl).put("queues.json", QUEUES));
  }
}
