package dev.crisisdesk.http;

import static dev.crisisdesk.Service.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.Service;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import dev.crisisdesk.facts.Author;
import dev.crisisdesk.comments.PostedComment;
import dev.crisisdesk.comments.CommentStore;
import dev.crisisdesk.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class RestartTest {
  private static final String ANGRY = "This is the worst customer service I have ever had. Terrible and rude.";

  @TempDir
  Path data;

  @Test
  void commentsClaimsRepliesAndOutboxSurviveRestart() {
    String itemId;
    try (Service first = Service.start(data)) {
      first.ingest(comment("r-a", "1", ANGRY), comment("r-a", "2", ANGRY + " Again."));
      itemId = first.post("/v1/queues/complaints/claim", new JsonObject().put("brand", "r-a").put("agent", "ann"))
          .json().getJsonArray("items").getJsonObject(0).getString("itemId");
      first.post("/v1/items/" + itemId + "/reply", new JsonObject().put("agent", "ann").put("text", "We are on it."));
    }

    try (Service second = Service.start(data)) {
      JsonArray events = second.get("/v1/outbox?brand=r-a").json().getJsonArray("events");
      JsonArray open = second.get("/v1/queues/complaints/items?brand=r-a").json().getJsonArray("items");

      assertThat(events).hasSize(1);
      assertThat(events.getJsonObject(0).getString("text")).isEqualTo("We are on it.");
      assertThat(open).hasSize(1);
      assertThat(open.getJsonObject(0).getString("itemId")).isNotEqualTo(itemId);
      assertThat(second.post("/v1/comments", comment("r-a", "1", "again")).json().getInteger("duplicates")).isEqualTo(1);
    }
  }

  @Test
  void crisisBuildingAcrossRestartIsStillDetected() {
    Instant start = Instant.now().minusSeconds(600);
    try (Service first = Service.start(data)) {
      JsonObject[] before = new JsonObject[15];
      for (int i = 0; i < 15; i++) before[i] = comment("r-d", "b" + i, ANGRY + " " + i).put("createdAt", start.plusSeconds(i * 5L).toString());
      first.ingest(before);
      assertThat(first.get("/v1/crises?brand=r-d").json().getJsonArray("crises")).isEmpty();
    }

    try (Service second = Service.start(data)) {
      JsonObject[] after = new JsonObject[10];
      for (int i = 0; i < 10; i++) after[i] = comment("r-d", "a" + i, ANGRY + " again " + i).put("createdAt", start.plusSeconds(100 + i * 5L).toString());
      second.ingest(after);

      JsonArray crises = second.get("/v1/crises?brand=r-d").json().getJsonArray("crises");
      assertThat(crises).hasSize(1);
      assertThat(crises.getJsonObject(0).getString("rule")).isEqualTo("Negative spike");
    }
  }

  @Test
  void commentsStoredByProcessThatDiedBeforeProcessingThemAreProcessedAtStart() {
    // what a process killed right after its 202 leaves behind: stored, still received
    try (Database db = Database.open(data)) {
      List<PostedComment> stored = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        stored.add(new PostedComment("r-c", "twitter", "k" + i, ANGRY, Author.UNKNOWN, Instant.now(), java.util.Map.of()));
      }
      new CommentStore(db, Clock.systemUTC()).insert(stored);
    }

    try (Service service = Service.start(data)) {
      for (int i = 0; i < 5; i++) assertThat(service.awaitProcessed("r-c", "twitter", "k" + i).getString("status")).isEqualTo("queued");
      assertThat(service.get("/v1/queues/complaints/items?brand=r-c").json().getJsonArray("items")).hasSize(5);
    }
  }

  @Test
  void commentsAcceptedButNotProcessedBeforeStopAreResumedExactlyOnce() {
    int total = 60;
    JsonArray batch = new JsonArray();
    for (int i = 0; i < total; i++) batch.add(comment("r-b", "c" + i, ANGRY + " Ticket " + i + "."));
    try (Service first = Service.start(data)) {
      assertThat(first.post("/v1/comments", batch).status()).isEqualTo(202);
    }

    try (Service second = Service.start(data)) {
      for (int i = 0; i < total; i++) assertThat(second.awaitProcessed("r-b", "twitter", "c" + i).getString("status")).isEqualTo("queued");
      int items = 0;
      for (Object queue : second.get("/v1/queues?brand=r-b").json().getJsonArray("queues")) {
        items += ((JsonObject) queue).getInteger("depth");
      }
      assertThat(items).isEqualTo(total);
    }
  }
}
