package dev.crisisdesk.cli;

import dev.crisisdesk.App;
import dev.crisisdesk.Config;
import dev.crisisdesk.ops.CompilerFocus;
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
  private static final String KEY = Load.KEY;
  private static final List<String> BRANDS = List.of("brand-0", "brand-1", "brand-2", "brand-3");

  @Option(names = "--comments", defaultValue = "1500", description = "Distinct comments per throughput run (default: ${DEFAULT-VALUE}).")
  int comments;

  @Option(names = "--warmup", defaultValue = "100", description = "Comments each contender processes before it is measured (default: ${DEFAULT-VALUE}).")
  int warmup;

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

  @Option(names = "--scaling",
      description = "Also run one node pinned to one core, then two nodes pinned to a core each (taskset), on --store and --log, with the same load: the ratio.")
  boolean scaling;

  @Option(names = "--scaling-clients", defaultValue = "12",
      description = "Closed-loop clients of the --scaling runs, the same for one node and two: enough that two nodes never wait for comments (default: ${DEFAULT-VALUE}).")
  int scalingClients;

  @Option(names = "--json", description = "Also write the results to this file.")
  Path json;

  @Option(names = "--texts",
      description = "Comments to send, one per line (plain text; NDJSON objects with a \"text\" when the name ends in .ndjson or .jsonl): real traffic instead of the generated corpus. Needs --warmup + 2 x --comments distinct lines (+ --comments more with --store or --log).")
  Path texts;


  @Override
  public Integer call() throws Exception {
    CompilerFocus.apply(); // the service measured here is compiled as `serve` compiles it
    Load load = new Load(concurrency);
    if (scalingClients < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--scaling-clients must be 1 or more");
    if (scaling && (store == null || log == null)) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--scaling needs --store and --log: nodes share work through them");
    }
    Analyzer analyzer = nlp.load();
    int needed = warmup + comments * ((store != null || log != null) ? 3 : 2);
    List<String> corpus = texts == null ? corpus(needed, 7) : texts(texts, needed);
    List<String> warm = corpus.subList(0, warmup);
    Consumer<String> pipeline = StageTimes.bareNlp();
    StageTimes.perSecond(pipeline, warm, 2);
    double bare = StageTimes.perSecond(pipeline, corpus.subList(warmup, warmup + comments), 2);
    System.out.printf(Locale.ROOT, "bare NLP pipeline (CoreNLP stock sentiment, shift-reduce parser, 2 threads, one pipeline): %.1f comments/s over %d comments%n", bare, comments);
    // the service's own analysis, on the comments the service will get, as many threads as it uses
    Path data = Files.createTempDirectory("crisisdesk-bench");
    Config config = Config.defaults(data, rules, nlp.models, KEY);
    int threads = config.analysisThreads();
    List<String> measured = corpus.subList(warmup + comments, warmup + 2 * comments);
    StageTimes.perSecond(analyzer::analyze, warm, threads);
    long before = ThreadCpu.process();
    double alone = StageTimes.perSecond(analyzer::analyze, measured, threads);
    long aloneCpu = ThreadCpu.process() - before;
    System.out.printf(Locale.ROOT, "the service's analysis alone (%d threads, the same comments the service gets): %.1f comments/s, %.2f ms of CPU per comment%n",
        threads, alone, aloneCpu / (double) comments);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long modelsHeap = memory.getHeapMemoryUsage().getUsed();
    System.out.printf(Locale.ROOT, "heap live with the models loaded, after a collection: %d MB%n", modelsHeap >> 20);
    AtomicLong peak = new AtomicLong();
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
        0, 100, TimeUnit.MILLISECONDS);
    try (App app = App.start(config, analyzer)) {
      String base = "http://127.0.0.1:" + app.port();
      load.saturate(List.of(base), BRANDS, warm); // warm-up, as the bare pipeline had
      Map<String, Long> start = ThreadCpu.snapshot();
      long started = ThreadCpu.process();
      double service = load.saturate(List.of(base), BRANDS, measured);
      long serviceCpu = ThreadCpu.process() - started;
      Map<String, Long> spent = ThreadCpu.since(start);
      System.out.printf(Locale.ROOT, "where the service's CPU went (%.2f ms per comment, by thread):%s%n", serviceCpu / (double) comments,
          ThreadCpu.breakdown(spent, comments));
      System.out.printf(Locale.ROOT, "service over loopback HTTP (%d clients, batches and singles, 4 brands): %.1f comments/s%n",
          concurrency, service);
      System.out.printf(Locale.ROOT, "service / bare NLP: %.2f; service / its analysis alone: %.2f%n", service / bare, service / alone);
      JsonObject cpu = new JsonObject();
      spent.forEach((group, millis) -> cpu.put(group, round(millis / (double) comments)));
      JsonObject result = new JsonObject().put("comments", comments).put("bareNlpPerSecond", round(bare))
          .put("analysisAloneCpuMsPerComment", round(aloneCpu / (double) comments))
          .put("serviceCpuMsPerComment", round(serviceCpu / (double) comments)).put("serviceCpuMsPerCommentByThread", cpu)
          .put("analysisAlonePerSecond", round(alone)).put("servicePerSecond", round(service))
          .put("ratio", Math.round(service / bare * 100) / 100.0).put("serviceToAnalysis", Math.round(service / alone * 100) / 100.0);
      Random random = new Random(11);
      for (double share : new double[] {0.5, 0.9}) {
        JsonObject latency = latency(load, base, service * share, random, "latency-" + (int) (share * 100));
        System.out.printf(Locale.ROOT, "at %.0f%% of saturation (%.1f comments/s): POST to processed p50 %.0f ms, p95 %.0f ms, p99 %.0f ms (%d comments)%n",
            share * 100, service * share, latency.getDouble("p50Ms"), latency.getDouble("p95Ms"), latency.getDouble("p99Ms"), latency.getInteger("count"));
        result.put("latencyAt" + (int) (share * 100), latency);
      }
      if (store != null || log != null) {
        Config distributed = config;
        if (store != null) distributed = distributed.withStore(store);
        if (log != null) distributed = distributed.withLog(log);
        String mode = (store != null ? "PostgreSQL store" : "embedded store") + (log != null ? " and Kafka log" : "");
        try (App second = App.start(distributed, analyzer)) {
          load.saturate(List.of("http://127.0.0.1:" + second.port()), BRANDS, warm);
          double other = load.saturate(List.of("http://127.0.0.1:" + second.port()), BRANDS, corpus.subList(warmup + 2 * comments, warmup + 3 * comments));
          System.out.printf(Locale.ROOT, "service on the %s, same clients: %.1f comments/s, %.2f of the embedded default's%n",
              mode, other, other / service);
          result.put("distributedMode", mode).put("distributedPerSecond", round(other))
              .put("distributedToEmbedded", Math.round(other / service * 100) / 100.0);
        }
      }
      if (scaling) result.put("scaling", new ScalingRun(store, log, rules, nlp.models, new Load(scalingClients)).measure(warmup, measured));
      sampler.shutdownNow();
      long resident = StageTimes.resident();
      result.put("peakHeapMb", peak.get() / (1024 * 1024)).put("modelsHeapMb", modelsHeap >> 20).put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20)
          .put("residentMb", resident);
      System.out.printf(Locale.ROOT, "peak heap during the service runs: %d MB of at most %d MB; resident memory of the process after them: %d MB%n",
          peak.get() / (1024 * 1024), Runtime.getRuntime().maxMemory() >> 20, resident);
      System.out.println(result.encode());
      if (json != null) Files.writeString(json, result.encodePrettily());
    }
    return 0;
  }

  /**
   * Open loop: single comments at a fixed rate. A comment is processed at the first look (every 20
   * ms) after its 202 where it is no longer among the brand's {@code received} comments; its
   * latency runs from the POST.
   */
  private JsonObject latency(Load load, String base, double rate, Random random, String brand) throws Exception {
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
          for (Object c : load.get(base + "/v1/comments?brand=" + brand + "&status=received&limit=500").getJsonArray("comments")) {
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
          if (load.post(base, new JsonArray().add(Load.comment(brand, id, text))) == 202) accepted.put(id, System.nanoTime());
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

  /**
   * The first {@code size} distinct non-blank texts of the file: NDJSON objects' "text" when its name
   * ends in .ndjson or .jsonl, else plain lines (a tweet may well start with a brace).
   */
  static List<String> texts(Path file, int size) throws IOException {
    String name = file.getFileName().toString();
    boolean ndjson = name.endsWith(".ndjson") || name.endsWith(".jsonl");
    Set<String> distinct = new java.util.LinkedHashSet<>();
    for (String line : Files.readAllLines(file)) {
      String text = ndjson && !line.isBlank() ? new JsonObject(line).getString("text", "") : line;
      if (!text.isBlank()) distinct.add(text.strip());
      if (distinct.size() == size) return new ArrayList<>(distinct);
    }
    throw new IllegalArgumentException(file + ": " + distinct.size() + " distinct texts, the run needs " + size);
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

}
