package dev.crisisdesk.http;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.KafkaBroker;
import dev.crisisdesk.Service;
import dev.crisisdesk.cli.Main;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service process is killed with SIGKILL in the middle of a steady ingest while a manager claims and
 * replies; after a restart on the same data every comment that got a 202 is there and processed once, and
 * every claim and reply that was answered before the kill is intact.
 */
@Tag("slow")
class CrashTest {
  private static final List<String> BRANDS = List.of("crash-a", "crash-b");
  private static final String ANGRY = "This is the worst customer service I have ever had. Terrible and rude.";
  private static final String[] TEXTS = {
      "This is the worst customer service I have ever had, order %d never came.",
      "Your app crashed again and I lost everything, fix it (%d).",
      "How do I change the address on order %d?",
      "Thanks for the quick help with ticket %d, all good now!",
      "Still waiting for my refund for order %d, this is a joke.",
      "Is the store on Main Street open on Sunday? Asking for %d friends."};

  @TempDir
  Path dir;

  @Test
  void killedMidIngestLosesNothingAcceptedAndKeepsClaimsAndReplies() throws Exception {
    killMidIngestAndRestart();
  }

  /** The same with a Kafka log: the 202 comes after the broker has the comment; the restarted node reads on from its offsets. */
  @Test
  void killedMidIngestWithAKafkaLogLosesNothingAccepted() throws Exception {
    try (KafkaBroker broker = KafkaBroker.start(java.nio.file.Files.createDirectories(dir.resolve("kafka")))) {
      killMidIngestAndRestart("--log", broker.url());
    }
  }

  private void killMidIngestAndRestart(String... serveArgs) throws Exception {
    Path data = dir.resolve("data");
    Set<String> accepted = ConcurrentHashMap.newKeySet();
    Set<String> replied = ConcurrentHashMap.newKeySet();
    String heldItem;
    int inFlightAtKill;

    Process first = start(data, dir.resolve("first.log"), serveArgs);
    try {
      Service service = Service.connect(port(first, dir.resolve("first.log")));
      // a claim held across the kill, and a reply answered before it
      service.ingest(comment("crash-a", "held", ANGRY), comment("crash-a", "answered", ANGRY + " Again."));
      JsonArray claimed = service.post("/v1/queues/complaints/claim",
          new JsonObject().put("brand", "crash-a").put("agent", "ann").put("limit", 2).put("leaseSeconds", 3600)).json().getJsonArray("items");
      assertThat(claimed).hasSize(2);
      heldItem = itemFor(claimed, "held");
      String answered = itemFor(claimed, "answered");
      assertThat(service.post("/v1/items/" + answered + "/reply", new JsonObject().put("agent", "ann").put("text", "Refund sent.")).status())
          .isEqualTo(200);
      replied.add("answered");

      Thread ingest = new Thread(() -> steadyIngest(service, accepted), "ingest");
      Thread manager = new Thread(() -> claimAndReply(service, replied), "manager");
      ingest.start();
      manager.start();
      // kill at 400 accepted, or after 30 s on a slow machine: the test holds either way
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (accepted.size() < 400 && System.nanoTime() < deadline) Service.sleep(20);
      inFlightAtKill = service.get("/health", null).json().getInteger("inFlight");
      first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no goodbye
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
      ingest.join();
      manager.join();
    } finally {
      first.destroyForcibly();
    }
    System.out.println("crash: killed after " + accepted.size() + " accepted comments (" + inFlightAtKill
        + " of them still in flight) and " + replied.size() + " answered replies");
    assertThat(accepted).hasSizeGreaterThanOrEqualTo(400);
    // with a log, comments may wait in the broker rather than in this process: both are "in the middle"
    if (serveArgs.length == 0) assertThat(inFlightAtKill).as("killed in the middle of processing").isPositive();

    Process second = start(data, dir.resolve("second.log"), serveArgs);
    try {
      Service service = Service.connect(port(second, dir.resolve("second.log")));
      awaitAllPresent(service, accepted);
      awaitNothingReceived(service);

      Map<String, JsonObject> present = new HashMap<>();
      for (String brand : BRANDS) {
        for (JsonObject comment : all(service, brand)) {
          assertThat(present.put(brand + "/" + comment.getString("id"), comment)).as("listed once").isNull();
        }
      }
      for (String key : accepted) {
        assertThat(present).as("accepted comment " + key + " is present").containsKey(key);
        assertThat(present.get(key).getString("status")).as(key).isIn("queued", "hidden", "replied", "resolved", "ignored");
      }
      for (String brand : BRANDS) {
        List<JsonObject> queued = all(service, brand).stream().filter(c -> "queued".equals(c.getString("status"))).toList();
        Set<String> items = new HashSet<>();
        for (JsonObject comment : queued) assertThat(items.add(comment.getString("itemId"))).as("one item per comment").isTrue();
        int depth = service.get("/v1/queues?brand=" + brand).json().getJsonArray("queues").stream()
            .mapToInt(q -> ((JsonObject) q).getInteger("depth")).sum();
        assertThat(depth).as("open items of " + brand + " are exactly its queued comments").isEqualTo(queued.size());
      }

      Map<String, Integer> replyEvents = new HashMap<>();
      for (Object event : service.get("/v1/outbox?brand=crash-a&limit=500").json().getJsonArray("events")) {
        replyEvents.merge(((JsonObject) event).getString("commentId"), 1, Integer::sum);
      }
      for (String id : replied) {
        assertThat(present.get("crash-a/" + id).getString("status")).as(id).isEqualTo("replied");
        assertThat(replyEvents.get(id)).as("one outbox reply for " + id).isEqualTo(1);
      }
      JsonObject held = present.get("crash-a/held");
      assertThat(held.getString("itemId")).isEqualTo(heldItem);
      JsonObject item = service.get("/v1/queues/complaints/items?brand=crash-a&limit=500").json().getJsonArray("items").stream()
          .map(JsonObject.class::cast).filter(i -> i.getString("itemId").equals(heldItem)).findFirst().orElseThrow();
      assertThat(item.getString("claimedBy")).isEqualTo("ann");
      System.out.println("crash: after restart " + present.size() + " comments present, all " + accepted.size()
          + " accepted ones processed, " + replied.size() + " replies intact");
    } finally {
      second.destroyForcibly();
      second.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Batches of 10 and single comments, alternating brands, until the service stops answering. */
  private static void steadyIngest(Service service, Set<String> accepted) {
    try {
      for (int n = 0; ; n++) {
        String brand = BRANDS.get(n % 2);
        int size = n % 4 == 3 ? 1 : 10;
        JsonArray batch = new JsonArray();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          String id = "s" + n + "-" + i;
          batch.add(comment(brand, id, TEXTS[(n + i) % TEXTS.length].formatted(n * 10 + i)));
          keys.add(brand + "/" + id);
        }
        Service.Response response = service.post("/v1/comments", size == 1 ? batch.getJsonObject(0) : batch);
        if (response.status() == 202) accepted.addAll(keys);
        else Service.sleep(200);
      }
    } catch (UncheckedIOException | IllegalStateException killed) {
      // the process is gone; what was answered 202 is what must survive
    }
  }

  /** A manager working the complaints queue of crash-a; records the replies the service confirmed. */
  private static void claimAndReply(Service service, Set<String> replied) {
    try {
      while (true) {
        JsonArray items = service.post("/v1/queues/complaints/claim",
            new JsonObject().put("brand", "crash-a").put("agent", "bob").put("limit", 1)).json().getJsonArray("items");
        if (items.isEmpty()) {
          Service.sleep(50);
          continue;
        }
        JsonObject item = items.getJsonObject(0);
        Service.Response reply = service.post("/v1/items/" + item.getString("itemId") + "/reply",
            new JsonObject().put("agent", "bob").put("text", "Sorry about that, we are on it."));
        if (reply.status() == 200) replied.add(item.getJsonObject("comment").getString("id"));
      }
    } catch (UncheckedIOException | IllegalStateException killed) {
      // the process is gone
    }
  }

  static Process start(Path data, Path log, String... serveArgs) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--port", "0", "--data", data.toString(), "--rules", "rules", "--models", "models"));
    command.addAll(List.of(serveArgs));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("CRISISDESK_ADMIN_KEY", Service.ADMIN);
    return builder.start();
  }

  static int port(Process process, Path log) throws Exception {
    Pattern listening = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = listening.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (m.find()) return Integer.parseInt(m.group(1));
      if (!process.isAlive()) break;
      Thread.sleep(100);
    }
    throw new AssertionError("the service did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Accepted comments may still be in a log, not yet stored: wait until the store has every one. */
  private static void awaitAllPresent(Service service, Set<String> accepted) {
    await().alias("every accepted comment in the store").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
      Set<String> present = new HashSet<>();
      for (String brand : BRANDS) all(service, brand).forEach(c -> present.add(brand + "/" + c.getString("id")));
      return present.containsAll(accepted);
    });
  }

  private static void awaitNothingReceived(Service service) {
    await().alias("no comment still received after the restart").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
        .until(() -> service.get("/health", null).json().getInteger("inFlight") == 0
            && BRANDS.stream().allMatch(b -> service.get("/v1/comments?brand=" + b + "&status=received&limit=1")
                .json().getJsonArray("comments").isEmpty()));
  }

  static List<JsonObject> all(Service service, String brand) {
    List<JsonObject> comments = new ArrayList<>();
    String after = null;
    do {
      JsonObject page = service.get("/v1/comments?brand=" + brand + "&limit=500" + (after == null ? "" : "&after=" + after)).json();
      page.getJsonArray("comments").forEach(c -> comments.add((JsonObject) c));
      after = page.getString("next");
    } while (after != null);
    return comments;
  }

  private static String itemFor(JsonArray items, String commentId) {
    return items.stream().map(JsonObject.class::cast).filter(i -> i.getJsonObject("comment").getString("id").equals(commentId))
        .findFirst().orElseThrow().getString("itemId");
  }

  private static JsonObject comment(String brand, String id, String text) {
    return Service.comment(brand, id, text);
  }
}
