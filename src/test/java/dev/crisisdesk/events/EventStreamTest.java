package dev.crisisdesk.events;

import static dev.crisisdesk.Service.assertError;
import static dev.crisisdesk.Service.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.RunningService;
import dev.crisisdesk.Service;
import dev.crisisdesk.SseClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("slow")
class EventStreamTest {
  private static final String ANGRY = "This is the worst customer service I have ever had. Terrible and rude.";

  @RegisterExtension
  static final RunningService service = new RunningService();

  @Test
  void clientReconnectingWithLastEventIdMissesNothingAndSeesNothingTwice() throws Exception {
    int port = port();
    List<String> seen = new ArrayList<>();
    String last;
    try (SseClient live = new SseClient(port, "/v1/events?brand=sse-a", Service.ADMIN, null)) {
      assertThat(live.status).isEqualTo(200);
      service.ingest(comment("sse-a", "1", ANGRY), comment("sse-a", "2", ANGRY + " Again."), comment("sse-b", "1", ANGRY));
      List<SseClient.Event> events = live.until(e -> queued(e, "1"), Duration.ofSeconds(10));
      if (events.stream().noneMatch(e -> queued(e, "2"))) events.addAll(live.until(e -> queued(e, "2"), Duration.ofSeconds(10)));
      events.forEach(e -> seen.add(e.id()));
      assertThat(events).allSatisfy(e -> assertThat(e.data().getString("brand")).isEqualTo("sse-a"));
      last = events.get(events.size() - 1).id();
    }

    // while the client is away: a claim, a reply, and a new comment
    JsonObject item = service.post("/v1/queues/complaints/claim", new JsonObject().put("brand", "sse-a").put("agent", "ann"))
        .json().getJsonArray("items").getJsonObject(0);
    service.post("/v1/items/" + item.getString("itemId") + "/reply", new JsonObject().put("agent", "ann").put("text", "On it"));
    service.ingest(comment("sse-a", "3", ANGRY + " Third."));

    try (SseClient resumed = new SseClient(port, "/v1/events?brand=sse-a", Service.ADMIN, last)) {
      List<SseClient.Event> missed = resumed.until(e -> queued(e, "3"), Duration.ofSeconds(10));
      assertThat(missed.stream().map(SseClient.Event::type)).containsExactly("item.claimed", "reply", "item.closed", "item.queued");
      assertThat(missed.get(1).data().getString("text")).isEqualTo("On it");
      missed.forEach(e -> seen.add(e.id()));
    }
    try (SseClient replay = new SseClient(port, "/v1/events?brand=sse-a&after=0", Service.ADMIN, null)) {
      List<String> all = replay.until(e -> queued(e, "3"), Duration.ofSeconds(10)).stream().map(SseClient.Event::id).toList();
      assertThat(seen).as("live, then resumed: every event once, in order").isEqualTo(all);
      assertThat(replay.comments()).isEmpty(); // heartbeats come every 15 s
    }
  }

  @Test
  void clientsOfOneBrandShareItsReadsYetEachGetsEveryEventFromItsOwnPlaceOnce() throws Exception {
    int port = port();
    service.ingest(comment("sse-s", "1", ANGRY));
    try (SseClient live = new SseClient(port, "/v1/events?brand=sse-s", Service.ADMIN, null);
         SseClient history = new SseClient(port, "/v1/events?brand=sse-s&after=0", Service.ADMIN, null)) {
      service.ingest(comment("sse-s", "2", ANGRY + " Again."));
      List<String> fromNow = live.until(e -> queued(e, "2"), Duration.ofSeconds(10)).stream().map(SseClient.Event::id).toList();
      List<SseClient.Event> all = history.until(e -> queued(e, "2"), Duration.ofSeconds(10));
      List<String> allIds = all.stream().map(SseClient.Event::id).toList();

      assertThat(all).anyMatch(e -> queued(e, "1"));
      assertThat(allIds).doesNotHaveDuplicates();
      assertThat(fromNow).as("the live client starts after comment 1, then sees what the other sees").isNotEmpty()
          .isEqualTo(allIds.subList(allIds.size() - fromNow.size(), allIds.size()));
      assertThat(fromNow).doesNotContain(all.stream().filter(e -> queued(e, "1")).map(SseClient.Event::id).findFirst().orElseThrow());
    }
  }

  @Test
  void streamIsAuthenticatedAndScopedToTheKeysBrands() throws Exception {
    String manager = service.post("/v1/keys", new JsonObject().put("role", "manager").put("brands", new JsonArray().add("sse-m")))
        .json().getString("key");
    String ingest = service.post("/v1/keys", new JsonObject().put("role", "ingest").put("brands", new JsonArray().add("sse-m")))
        .json().getString("key");

    assertError(service.get("/v1/events?brand=sse-m", "wrong-key"), 401, "unauthorized");
    assertError(service.get("/v1/events?brand=sse-x", manager), 403, "forbidden");
    assertError(service.get("/v1/events?brand=sse-m", ingest), 403, "forbidden");
    assertError(service.get("/v1/events", manager), 400, "invalid_parameter");
    try (SseClient bad = new SseClient(port(), "/v1/events?brand=sse-m", manager, "yesterday")) {
      assertThat(bad.status).isEqualTo(400);
    }
    try (SseClient ok = new SseClient(port(), "/v1/events?brand=sse-m", manager, null)) {
      assertThat(ok.status).isEqualTo(200);
      service.ingest(comment("sse-m", "1", ANGRY));
      assertThat(ok.until(e -> queued(e, "1"), Duration.ofSeconds(10))).isNotEmpty();
    }
  }

  @Test
  void incidentsAreEventsFromOpeningToResolution() throws Exception {
    // one mention of a watch term opens an incident for this brand
    service.put("/v1/brands/sse-c", new JsonObject().put("thresholds", new JsonObject().put("keywordSurge.count", 1)));
    service.ingest(comment("sse-c", "vip", ANGRY + " Is there a recall?").put("author", new JsonObject().put("handle", "vip")));
    String id = service.get("/v1/crises?brand=sse-c").json().getJsonArray("crises").getJsonObject(0).getString("id");
    service.post("/v1/crises/" + id + "/acknowledge", new JsonObject().put("owner", "dana"));
    service.post("/v1/crises/" + id + "/notes", new JsonObject().put("text", "statement drafted"));
    service.post("/v1/crises/" + id + "/resolve", new JsonObject().put("note", "answered publicly"));

    try (SseClient replay = new SseClient(port(), "/v1/events?brand=sse-c&after=0", Service.ADMIN, null)) {
      List<SseClient.Event> events = replay.until(e -> e.type().equals("incident.resolved"), Duration.ofSeconds(10));
      List<SseClient.Event> incident = events.stream().filter(e -> e.type().startsWith("incident.")).toList();
      assertThat(incident.stream().map(SseClient.Event::type))
          .containsExactly("incident.opened", "incident.acknowledged", "incident.noted", "incident.resolved");
      assertThat(incident).allSatisfy(e -> assertThat(e.data().getJsonObject("incident").getString("id")).isEqualTo(id));
      assertThat(incident.get(1).data().getJsonObject("incident").getString("owner")).isEqualTo("dana");
      assertThat(incident.get(3).data().getJsonObject("incident").getString("status")).isEqualTo("resolved");
    }
  }

  private static boolean queued(SseClient.Event event, String commentId) {
    return event.type().equals("item.queued") && event.data().getJsonObject("item").getString("commentId").equals(commentId);
  }

  private static int port() {
    return service.service().app().port();
  }
}
