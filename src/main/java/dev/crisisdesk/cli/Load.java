package dev.crisisdesk.cli;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's integrations: closed-loop clients posting comments over loopback HTTP to one
 * node or several, as an integration would (a batch of 20, then a single, in turn), and what the
 * nodes say they processed.
 */
final class Load {
  static final String KEY = "bench-admin-key";

  // HTTP/1.1 as integrations speak it: the JDK client's default h2c upgrade raced on large answers
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final int concurrency;

  Load(int concurrency) {
    this.concurrency = concurrency;
  }

  /**
   * Posts the texts, spread over the brands and sent to the nodes in turn, until the nodes have
   * processed them all: comments/s.
   */
  double saturate(List<String> bases, List<String> brands, List<String> texts) throws Exception {
    // ids of this run only: a server store may hold earlier runs' comments, which would count as duplicates
    String run = Long.toString(System.nanoTime(), 36);
    AtomicInteger next = new AtomicInteger();
    long processedBefore = processed(bases);
    ExecutorService clients = Executors.newFixedThreadPool(concurrency);
    long started = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < concurrency; c++) {
      done.add(clients.submit(() -> {
        for (boolean batch = true; ; batch = !batch) {
          int from = next.getAndAdd(batch ? 20 : 1);
          if (from >= texts.size()) return null;
          JsonArray body = new JsonArray();
          for (int i = from; i < Math.min(texts.size(), from + (batch ? 20 : 1)); i++) {
            body.add(comment(brands.get(i % brands.size()), run + "-s" + i, texts.get(i)));
          }
          String base = bases.get(from % bases.size());
          while (post(base, body) == 503) Thread.sleep(200);
        }
      }));
    }
    for (Future<?> f : done) f.get();
    clients.shutdown();
    // done when this run's comments are all processed (with a log, some may still be in the brokers)
    while (processed(bases) - processedBefore < texts.size() || inFlight(bases) > 0) Thread.sleep(100);
    return texts.size() / ((System.nanoTime() - started) / 1e9);
  }

  int post(String base, JsonArray body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/comments")).header("Authorization", "Bearer " + KEY)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.encode())).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  JsonObject get(String url) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + KEY).build();
    return new JsonObject(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  /** Comments whose outcome the nodes recorded since they started, from their Prometheus counters. */
  long processed(List<String> bases) throws Exception {
    long sum = 0;
    for (String base : bases) {
      String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
      sum += metrics.lines().filter(line -> line.startsWith("crisisdesk_comments_processed_total{"))
          .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
    return sum;
  }

  private int inFlight(List<String> bases) throws Exception {
    int sum = 0;
    for (String base : bases) sum += get(base + "/health").getInteger("inFlight");
    return sum;
  }

  static JsonObject comment(String brand, String id, String text) {
    return new JsonObject().put("id", id).put("brand", brand).put("platform", "twitter").put("text", text)
        .put("author", new JsonObject().put("followers", Math.abs(id.hashCode()) % 50_000));
  }
}
