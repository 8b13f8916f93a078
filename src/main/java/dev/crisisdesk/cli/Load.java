package dev.crisisdesk.cli;

import dev.crisisdesk.comments.PostedComment;
import dev.crisisdesk.facts.Author;
import dev.crisisdesk.log.CommentLog;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

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
   * Comments/s over a saturating run: {@code whole} from the first post until every comment was
   * processed; {@code allBusy} until the first node ran out of work. With several nodes the one
   * done first idles while the others finish their share, an artifact of a finite run: under
   * sustained load every node has work, so {@code allBusy} is their joint rate. With one node the two
   * are nearly the same.
   */
  record Rates(double whole, double allBusy) {}

  /** Polls in a row that must find a node without work before it counts as out of work (a log may still be delivering). */
  private static final int IDLE_POLLS = 3;

  /**
   * Posts the texts, spread over the brands and sent to the nodes in turn, until the nodes have
   * processed them all: comments/s.
   */
  double saturate(List<String> bases, List<String> brands, List<String> texts) throws Exception {
    return rates(bases, brands, texts).whole();
  }

  /** As {@link #saturate}, with the rate while every node had work. */
  Rates rates(List<String> bases, List<String> brands, List<String> texts) throws Exception {
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
    return awaitProcessed(bases, texts.size(), processedBefore, started);
  }

  /**
   * Writes the texts, spread over the brands, straight into the Kafka log the nodes read, as fast
   * as the broker takes them, then waits until the nodes have processed them all: what the nodes
   * can process, with nothing of ingest's HTTP, validation and acknowledgement on their cores.
   */
  Rates drain(List<String> bases, List<String> brands, List<String> texts, String logUrl) throws Exception {
    String run = Long.toString(System.nanoTime(), 36);
    long processedBefore = processed(bases);
    Properties config = new Properties();
    config.put("bootstrap.servers", logUrl.substring("kafka://".length()));
    config.put("acks", "all");
    config.put("key.serializer", StringSerializer.class.getName());
    config.put("value.serializer", StringSerializer.class.getName());
    long started = System.nanoTime();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      for (int i = 0; i < texts.size(); i++) {
        String brand = brands.get(i % brands.size());
        String id = run + "-d" + i;
        PostedComment comment = new PostedComment(brand, "twitter", id, texts.get(i),
            new Author(null, null, (long) (Math.abs(id.hashCode()) % 50_000), false), Instant.now(), Map.of());
        producer.send(new ProducerRecord<>(CommentLog.TOPIC, brand, CommentLog.encode(comment, false).encode()));
      }
      producer.flush();
    }
    return awaitProcessed(bases, texts.size(), processedBefore, started);
  }

  /** Waits until the nodes processed {@code count} more comments than {@code processedBefore}; the rates since {@code started}. */
  private Rates awaitProcessed(List<String> bases, int count, long processedBefore, long started) throws Exception {
    // done when this run's comments are all processed (with a log, some may still be in the brokers);
    // /health is cheap to ask often, /metrics (which counts open items in the store) only now and then
    double allBusy = 0;
    int[] idlePolls = new int[bases.size()];
    while (true) {
      boolean outOfWork = false;
      boolean allIdle = true;
      for (int i = 0; i < bases.size(); i++) {
        boolean idle = inFlight(bases.get(i)) == 0;
        idlePolls[i] = idle ? idlePolls[i] + 1 : 0;
        outOfWork |= idlePolls[i] >= IDLE_POLLS;
        allIdle &= idle;
      }
      // counted up to now, a few polls after the first node ran dry: a little low, never high
      if (allBusy == 0 && outOfWork) allBusy = (processed(bases) - processedBefore) / ((System.nanoTime() - started) / 1e9);
      if (allIdle && processed(bases) - processedBefore >= count) break;
      Thread.sleep(100);
    }
    double whole = count / ((System.nanoTime() - started) / 1e9);
    // all ran dry together (one node always does)
    return new Rates(whole, allBusy == 0 ? whole : allBusy);
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

  private int inFlight(String base) throws Exception {
    return get(base + "/health").getInteger("inFlight");
  }

  static JsonObject comment(String brand, String id, String text) {
    return new JsonObject().put("id", id).put("brand", brand).put("platform", "twitter").put("text", text)
        .put("author", new JsonObject().put("followers", Math.abs(id.hashCode()) % 50_000));
  }
}
