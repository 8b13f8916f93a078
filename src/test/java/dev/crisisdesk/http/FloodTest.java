package dev.crisisdesk.http;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.Service;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bot wave of 20,000 comments against a small in-flight limit: 202 or 503, nothing lost, nothing twice. */
@Tag("slow")
class FloodTest {
  private static final int COMMENTS = 20_000;
  private static final int BATCH = 250;
  private static final String[] TEXTS = {
      "Where is my refund? Order %d", "Your app is broken again", "How do I reset my password?", "Worst service ever",
      "Is the store open on Sunday?", "My parcel never arrived", "Cancel my subscription now", "Great product, thanks"};

  @TempDir
  Path data;

  @Test
  void floodIsAnsweredWith202Or503AndEveryAcceptedCommentIsProcessedOnce() throws Exception {
    try (Service service = Service.start(data, Clock.systemUTC(), config -> config.withInFlightCapacity(2_000))) {
      Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
      Set<String> overloadedWithoutRetryAfter = ConcurrentHashMap.newKeySet();
      ExecutorService clients = Executors.newFixedThreadPool(4);
      List<Future<?>> done = new ArrayList<>();
      for (int start = 0; start < COMMENTS; start += BATCH) {
        int from = start;
        done.add(clients.submit(() -> {
          JsonArray batch = new JsonArray();
          for (int i = from; i < from + BATCH; i++) {
            String brand = i % 2 == 0 ? "flood-a" : "flood-b";
            batch.add(new JsonObject().put("id", "c" + i).put("brand", brand).put("platform", "twitter")
                .put("text", TEXTS[i % TEXTS.length].formatted(i % 5)));
          }
          while (true) {
            Service.Response response = service.post("/v1/comments", batch);
            statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
            if (response.status() != 503) return null;
            if (response.headers().firstValue("Retry-After").isEmpty()
                || !response.json().getJsonObject("error").getString("code").equals("overloaded")) {
              overloadedWithoutRetryAfter.add(response.body());
            }
            Service.sleep(1000L * Integer.parseInt(response.headers().firstValue("Retry-After").orElse("1")));
          }
        }));
      }
      for (Future<?> f : done) f.get();
      clients.shutdown();
      awaitIdle(service);

      assertThat(statuses.keySet()).isSubsetOf(202, 503);
      assertThat(statuses.get(202).get()).isEqualTo(COMMENTS / BATCH);
      assertThat(overloadedWithoutRetryAfter).isEmpty();
      for (String brand : List.of("flood-a", "flood-b")) {
        assertThat(count(service, brand, null)).isEqualTo(COMMENTS / 2);
        assertThat(count(service, brand, "received")).isZero();
        int depth = service.get("/v1/queues?brand=" + brand).json().getJsonArray("queues").stream()
            .mapToInt(q -> ((JsonObject) q).getInteger("depth")).sum();
        assertThat(depth).isEqualTo(count(service, brand, "queued"));
      }
      System.out.println("flood: answers by status " + statuses);
    }
  }

  private static void awaitIdle(Service service) {
    await().alias("nothing in flight").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
        .until(() -> service.get("/health", null).json().getInteger("inFlight") == 0);
  }

  private static int count(Service service, String brand, String status) {
    int total = 0;
    String after = null;
    do {
      JsonObject page = service.get("/v1/comments?brand=" + brand + "&limit=500" + (status == null ? "" : "&status=" + status)
          + (after == null ? "" : "&after=" + after)).json();
      total += page.getJsonArray("comments").size();
      after = page.getString("next");
    } while (after != null);
    return total;
  }
}
