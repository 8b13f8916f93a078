package dev.crisisdesk.http;

import static org.awaitility.Awaitility.await;
import static dev.crisisdesk.Service.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.KafkaBroker;
import dev.crisisdesk.Service;
import dev.crisisdesk.store.TestStores;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL store and one Kafka log. One is killed with SIGKILL during ingest: its
 * brands move to the other, every comment that got a 202 is processed once, and a crisis that was
 * building on the killed node is detected by the survivor.
 */
@Tag("slow")
class TwoNodeTest {
  private static final String ANGRY = "This is the worst customer service I have ever had. Terrible and rude.";

  @TempDir
  Path dir;

  @Test
  void killedNodesBrandsMoveToTheOtherNothingIsLostAndTheBuildingCrisisIsDetected() throws Exception {
    String store = TestStores.freshPostgres();
    try (KafkaBroker broker = KafkaBroker.start(Files.createDirectories(dir.resolve("kafka")))) {
      String[] args = {"--store", store, "--log", broker.url()};
      Process one = CrashTest.start(Files.createDirectories(dir.resolve("one")), dir.resolve("one.log"), args);
      Process two = CrashTest.start(Files.createDirectories(dir.resolve("two")), dir.resolve("two.log"), args);
      try {
        Service nodeOne = Service.connect(CrashTest.port(one, dir.resolve("one.log")));
        Service nodeTwo = Service.connect(CrashTest.port(two, dir.resolve("two.log")));
        String storm = Partitions.brandOn("storm-", Partitions.awaitSplit(nodeTwo, nodeOne));

        // the crisis builds on node one: 12 angry comments in a minute, processed there
        Instant start = Instant.now().minusSeconds(240);
        Set<String> accepted = new HashSet<>();
        for (int i = 0; i < 12; i++) {
          nodeTwo.ingest(comment(storm, "a" + i, ANGRY + " #" + i).put("createdAt", start.plusSeconds(i * 5L).toString()));
          accepted.add(storm + "/a" + i);
        }
        assertThat(nodeOne.get("/v1/crises?brand=" + storm).json().getJsonArray("crises")).isEmpty();

        // steady ingest to both nodes for six brands, then node one dies in the middle of it
        List<String> brands = List.of("two-a", "two-b", "two-c", "two-d", "two-e", "two-f");
        for (int n = 0; n < 40; n++) {
          Service to = n % 2 == 0 ? nodeOne : nodeTwo;
          JsonArray batch = new JsonArray();
          for (int i = 0; i < 5; i++) batch.add(comment(brands.get((n + i) % brands.size()), "s" + n + "-" + i, "Where is my order " + n + "-" + i + "?"));
          if (to.post("/v1/comments", batch).status() == 202) {
            batch.forEach(c -> accepted.add(((JsonObject) c).getString("brand") + "/" + ((JsonObject) c).getString("id")));
          }
        }
        one.destroyForcibly();
        assertThat(one.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // the crisis goes on; only node two is left to take it
        for (int i = 12; i < 24; i++) {
          JsonObject c = comment(storm, "a" + i, ANGRY + " #" + i).put("createdAt", start.plusSeconds(i * 5L).toString());
          assertThat(postUntilAccepted(nodeTwo, c)).isTrue();
          accepted.add(storm + "/a" + i);
        }
        for (int n = 40; n < 60; n++) {
          JsonArray batch = new JsonArray();
          for (int i = 0; i < 5; i++) batch.add(comment(brands.get((n + i) % brands.size()), "s" + n + "-" + i, "Where is my order " + n + "-" + i + "?"));
          if (nodeTwo.post("/v1/comments", batch).status() == 202) {
            batch.forEach(c -> accepted.add(((JsonObject) c).getString("brand") + "/" + ((JsonObject) c).getString("id")));
          }
        }

        List<String> allBrands = new ArrayList<>(brands);
        allBrands.add(storm);
        awaitProcessed(nodeTwo, allBrands, accepted);
        int queued = 0;
        int depth = 0;
        for (String brand : allBrands) {
          List<JsonObject> comments = CrashTest.all(nodeTwo, brand);
          Set<String> items = new HashSet<>();
          for (JsonObject c : comments) {
            if ("queued".equals(c.getString("status"))) {
              queued++;
              assertThat(items.add(c.getString("itemId"))).as("one item per comment").isTrue();
            }
          }
          depth += nodeTwo.get("/v1/queues?brand=" + brand).json().getJsonArray("queues").stream()
              .mapToInt(q -> ((JsonObject) q).getInteger("depth")).sum();
        }
        assertThat(depth).as("open items are exactly the queued comments").isEqualTo(queued);
        JsonArray crises = nodeTwo.get("/v1/crises?brand=" + storm).json().getJsonArray("crises");
        assertThat(crises).as("the crisis built across the kill is detected, once").hasSize(1);
        assertThat(crises.getJsonObject(0).getString("rule")).isEqualTo("Negative spike");
        System.out.println("two nodes: node one killed; " + accepted.size() + " accepted comments all processed once by node two; crisis "
            + crises.getJsonObject(0).getString("reason"));
      } finally {
        one.destroyForcibly();
        two.destroyForcibly();
        two.waitFor(30, TimeUnit.SECONDS);
      }
    } finally {
      TestStores.dropPostgres(store);
    }
  }

  private static boolean postUntilAccepted(Service node, JsonObject comment) {
    for (int attempt = 0; attempt < 30; attempt++) {
      try {
        if (node.post("/v1/comments", comment).status() == 202) return true;
      } catch (UncheckedIOException | IllegalStateException e) {
        // retried below
      }
      Service.sleep(1000);
    }
    return false;
  }

  private static void awaitProcessed(Service node, List<String> brands, Set<String> accepted) {
    await().alias("every accepted comment processed").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
      Set<String> processed = new HashSet<>();
      for (String brand : brands) {
        for (JsonObject c : CrashTest.all(node, brand)) {
          if (!"received".equals(c.getString("status"))) processed.add(brand + "/" + c.getString("id"));
        }
      }
      return processed.containsAll(accepted);
    });
  }
}
