package dev.crisisdesk.cli;

import dev.crisisdesk.App;
import dev.crisisdesk.Config;
import dev.crisisdesk.nlp.Analyzer;
import dev.crisisdesk.nlp.StageTimes;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: in one run, the bare NLP pipeline and the whole service over loopback HTTP on the
 * same corpus of distinct comments; their throughputs and ratio, and the latency from POST to
 * processed at 50% and 90% of the service's saturation rate. Prints text, then one JSON line.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure the service against the bare NLP pipeline, in one run.")
final class BenchCommand implements Callable<Integer> {
  private static final String KEY = "bench-admin-key";

  @Option(names = "--comments", defaultValue = "1500", description = "Distinct comments per throughput run (default: ${DEFAULT-VALUE}).")
  int comments;

  @Option(names = "--concurrency", defaultValue = "4", description = "Closed-loop clients at saturation (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--seconds", defaultValue = "15", description = "Length of each latency run (default: ${DEFAULT-VALUE}).")
  int seconds;

  @picocli.CommandLine.Mixin
  ModelOptions nlp;

  @Option(names = "--rules", defaultValue = "./rules", description = "Rule set the service runs (default: ${DEFAULT-VALUE}).")
  Path rules;

  @Option(names = "--store",
      description = "Also saturate a second service keeping its state in this PostgreSQL server (postgres://USER:PASSWORD@HOST:PORT/DB), same run, to compare with the embedded store.")
  String store;

  @Option(names = "--log",
      description = "Also saturate a second service writing comments through this Kafka log (kafka://HOST:PORT), with --store if given: distributed mode against the embedded default, same run.")
  String log;

  @Option(names = "--json", description = "Also write the results to this file.")
  Path json;

  // HTTP/1.1 as integrations speak it: the JDK client's default h2c upgrade raced on large answers
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Override
  public Integer call() throws Exception {
    Analyzer analyzer = nlp.load();
    List<String> corpus = corpus(comments * 3 + 200, 7);
    Consumer<String> pipeline = StageTimes.bareNlp();
    StageTimes.perSecond(pipeline, corpus.subList(0, 100), 2);
    double bare = StageTimes.perSecond(pipeline, corpus.subList(100, 100 + comments), 2);
    System.out.printf(Locale.ROOT, "bare NLP pipeline (CoreNLP stock sentiment, shift-reduce parser, 2 threads, one pipeline): %.1f comments/s over %d comments%n", bare, comments);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long modelsHeap = memory.getHeapMemoryUsage().getUsed();
    System.out.printf(Locale.ROOT, "heap live with the models loaded, after a collection: %d MB%n", modelsHeap >> 20);
    AtomicLong peak = new AtomicLong();
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
        0, 100, TimeUnit.MILLISECONDS);
    Path data = Files.createTempDirectory("crisisdesk-bench");
    Config config = Config.defaults(data, rules, nlp.models, KEY);
    try (App app = App.start(config, analyzer)) {
      String base = "http://127.0.0.1:" + app.port();
      saturate(base, corpus.subList(0, 100)); // warm-up, as the bare pipeline had
      double service = saturate(base, corpus.subList(100 + comments, 100 + 2 * comments));
      System.out.printf(Locale.ROOT, "service over loopback HTTP (%d clients, batches and singles, 4 brands): %.1f comments/s%n",
          concurrency, service);
      System.out.printf(Locale.ROOT, "service / bare NLP: %.2f%n", service / bare);
      JsonObject result = new JsonObject().put("comments", comments).put("bareNlpPerSecond", round(bare))
          .put("servicePerSecond", round(service)).put("ratio", Math.round(service / bare * 100) / 100.0);
      Random random = new Random(11);
      for (double load : new double[] {0.5, 0.9}) {
        JsonObject latency = latency(base, service * load, random, "latency-" + (int) (load * 100));
        System.out.printf(Locale.ROOT, "at %.0f%% of saturation (%.1f comments/s): POST to processed p50 %.0f ms, p95 %.0f ms, p99 %.0f ms (%d comments)%n",
            load * 100, service * load, latency.getDouble("p50Ms"), latency.getDouble("p95Ms"), latency.getDouble("p99Ms"), latency.getInteger("count"));
        result.put("latencyAt" + (int) (load * 100), latency);
      }
      if (store != null || log != null) {
        Config distributed = config;
        if (store != null) distributed = distributed.withStore(store);
        if (log != null) distributed = distributed.withLog(log);
        String mode = (store != null ? "PostgreSQL store" : "embedded store") + (log != null ? " and Kafka log" : "");
        try (App second = App.start(distributed, analyzer)) {
          saturate("http://127.0.0.1:" + second.port(), corpus.subList(0, 100));
          double other = saturate("http://127.0.0.1:" + second.port(), corpus.subList(100 + 2 * comments, 100 + 3 * comments));
          System.out.printf(Locale.ROOT, "service on the %s, same clients: %.1f comments/s, %.2f of the embedded default's%n",
              mode, other, other / service);
          result.put("distributedMode", mode).put("distributedPerSecond", round(other))
              .put("distributedToEmbedded", Math.round(other / service * 100) / 100.0);
        }
      }
      sampler.shutdownNow();
      long resident = residentBytes();
      result.put("peakHeapMb", peak.get() / (1024 * 1024)).put("modelsHeapMb", modelsHeap >> 20).put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20)
          .put("residentMb", resident >> 20);
      System.out.printf(Locale.ROOT, "peak heap during the service runs: %d MB of at most %d MB; resident memory of the process after them: %d MB%n",
          peak.get() / (1024 * 1024), Runtime.getRuntime().maxMemory() >> 20, resident >> 20);
      System.out.println(result.encode());
      if (json != null) Files.writeString(json, result.encodePrettily());
    }
    return 0;
  }

  /** Closed loop: clients post the corpus (a batch of 20, then a single, in turn) until it is all processed. */
  private double saturate(String base, List<String> texts) throws Exception {
    // ids of this run only: a server store may hold earlier runs' comments, which would count as duplicates
    String run = Long.toString(System.currentTimeMillis(), 36);
    AtomicInteger next = new AtomicInteger();
    long processedBefore = processed(base);
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
            body.add(comment("brand-" + (i % 4), run + "-s" + i, texts.get(i)));
          }
          while (post(base, body) == 503) Thread.sleep(200);
        }
      }));
    }
    for (Future<?> f : done) f.get();
    clients.shutdown();
    // done when this run's comments are all processed (with a log, some may still be in the brokers)
    while (processed(base) - processedBefore < texts.size() || inFlight(base) > 0) Thread.sleep(20);
    return texts.size() / ((System.nanoTime() - started) / 1e9);
  }

  /**
   * Open loop: single comments at a fixed rate. A comment is processed at the first look (every 20
   * ms) after its 202 where it is no longer among the brand's {@code received} comments; its
   * latency runs from the POST.
   */
  private JsonObject latency(String base, double rate, Random random, String brand) throws Exception {
    int count = (int) Math.max(10, rate * seconds);
    List<String> texts = corpus(count, random.nextLong());
    Map<String, Long> posted = new ConcurrentHashMap<>();
    Map<String, Long> accepted = new ConcurrentHashMap<>();
    Map<String, Long> processed = new ConcurrentHashMap<>();
    AtomicInteger sent = new AtomicInteger();
    ExecutorService senders = Executors.newFixedThreadPool(8);
    Thread watcher = new Thread(() -> {
      try {
        while (sent.get() < count || processed.size() < accepted.size()) {
          long look = System.nanoTime();
          Set<String> pending = new HashSet<>();
          for (Object c : get(base + "/v1/comments?brand=" + brand + "&status=received&limit=500").getJsonArray("comments")) {
            pending.add(((JsonObject) c).getString("id"));
          }
          accepted.forEach((id, at) -> {
            if (at < look && !pending.contains(id)) processed.putIfAbsent(id, look);
          });
          Thread.sleep(20);
        }
      } catch (Exception e) {
        Thread.currentThread().interrupt();
      }
    }, "bench-watcher");
    watcher.start();
    long interval = (long) (1e9 / rate);
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      String id = brand + "-" + i;
      String text = texts.get(i);
      long wait = started + i * interval - System.nanoTime();
      if (wait > 0) LockSupport.parkNanos(wait);
      senders.execute(() -> {
        posted.put(id, System.nanoTime());
        try {
          if (post(base, new JsonArray().add(comment(brand, id, text))) == 202) accepted.put(id, System.nanoTime());
        } catch (Exception e) {
          posted.remove(id);
        } finally {
          sent.incrementAndGet();
        }
      });
    }
    senders.shutdown();
    watcher.join((seconds * 4L + 60) * 1000L);
    List<Double> millis = new ArrayList<>();
    processed.forEach((id, end) -> millis.add((end - posted.get(id)) / 1e6));
    Collections.sort(millis);
    return new JsonObject().put("rate", round(rate)).put("count", millis.size())
        .put("p50Ms", percentile(millis, 0.5)).put("p95Ms", percentile(millis, 0.95)).put("p99Ms", percentile(millis, 0.99));
  }

  private int post(String base, JsonArray body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/comments")).header("Authorization", "Bearer " + KEY)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.encode())).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private JsonObject get(String url) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + KEY).build();
    return new JsonObject(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  /** Comments whose outcome the service recorded since it started, from its Prometheus counters. */
  private long processed(String base) throws Exception {
    String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
    return metrics.lines().filter(line -> line.startsWith("crisisdesk_comments_processed_total{"))
        .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
  }

  private int inFlight(String base) throws Exception {
    return get(base + "/health").getInteger("inFlight");
  }

  private static JsonObject comment(String brand, String id, String text) {
    return new JsonObject().put("id", id).put("brand", brand).put("platform", "twitter").put("text", text)
        .put("author", new JsonObject().put("followers", Math.abs(id.hashCode()) % 50_000));
  }

  /** Distinct customer comments of realistic lengths (one to several sentences), the same for a seed. */
  static List<String> corpus(int size, long seed) {
    String[] openers = {"Hey", "Hi team,", "Honestly,", "Seriously,", "Quick question:", "Ugh.", "Wow,", "So", "Just saying,", "Hello,"};
    String[] subjects = {"my order", "the app", "your support team", "the delivery", "my refund", "the new update", "the checkout",
        "my account", "the store on Main Street", "this subscription"};
    String[] states = {"has been late for two weeks", "keeps crashing when I open it", "was really helpful today",
        "never answered my email", "arrived broken", "is amazing, thank you", "charged me twice", "works perfectly now",
        "is confusing and slow", "made my day"};
    String[] extras = {"I have been a customer for years.", "Can someone help me?", "This is not acceptable.", "Thanks a lot!",
        "I will tell my friends about this.", "Why does this keep happening?", "Love the new colors.", "Please fix it soon.",
        "Nobody replies to my messages.", "Best purchase this year."};
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      StringBuilder text = new StringBuilder();
      text.append(openers[random.nextInt(openers.length)]).append(' ').append(subjects[random.nextInt(subjects.length)]).append(' ')
          .append(states[random.nextInt(states.length)]).append(" (order ").append(10_000 + i).append(").");
      int more = random.nextInt(10) < 6 ? random.nextInt(2) : 2 + random.nextInt(5);
      for (int k = 0; k < more; k++) text.append(' ').append(extras[random.nextInt(extras.length)]);
      texts.add(text.toString());
    }
    return texts;
  }

  private static double percentile(List<Double> sorted, double p) {
    if (sorted.isEmpty()) return Double.NaN;
    return round(sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1)));
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** The process's resident memory (VmRSS), or -1 where /proc does not say. */
  static long residentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D+", "")) << 10;
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

}
