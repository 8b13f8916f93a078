package dev.crisisdesk.cli;

import dev.crisisdesk.log.CommentLog;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scaling measured per core: the same load on one node pinned to one core, then on two nodes each
 * pinned to its own core, sharing a PostgreSQL store and a Kafka log, in one run. The nodes are
 * separate processes started with {@code taskset}; the load comes from this process, and the store
 * and the broker run wherever the operator runs them, so they share the same cores. Reports both
 * rates, their ratio, and how many cores the nodes, the load and everything else used.
 */
final class ScalingRun {
  private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

  private final String store;
  private final String log;
  private final Path rules;
  private final Path models;
  private final Load load;
  /** One brand per partition of the log, so two nodes get the same share of the brands. */
  private final List<String> brands = onePerPartition();

  ScalingRun(String store, String log, Path rules, Path models, Load load) {
    this.store = store;
    this.log = log;
    this.rules = rules;
    this.models = models;
    this.load = load;
  }

  /**
   * Each node is first warmed up with {@code warmup} generated comments of its own (a fresh JVM
   * compiles the service's code for its first thousands of comments), then all get the measured ones.
   */
  JsonObject measure(int warmup, List<String> measured) throws Exception {
    if (!new ProcessBuilder("taskset", "-V").start().waitFor(10, TimeUnit.SECONDS)) throw new IllegalStateException("taskset did not answer");
    JsonObject one = run(List.of("0"), BenchCommand.corpus(warmup, 99), measured);
    JsonObject two = run(List.of("0", "1"), BenchCommand.corpus(2 * warmup, 99), measured);
    double ratio = two.getDouble("perSecond") / one.getDouble("perSecond");
    double wholeRuns = two.getDouble("perSecondWholeRun") / one.getDouble("perSecondWholeRun");
    double fromLog = two.getDouble("fromLogPerSecond") / one.getDouble("fromLogPerSecond");
    System.out.printf(Locale.ROOT, "two one-core nodes / one one-core node: %.2f while every node had work (%.2f over the whole runs);"
        + " fed from the log, %.2f%n", ratio, wholeRuns, fromLog);
    return new JsonObject().put("oneNode", one).put("twoNodes", two).put("ratio", Math.round(ratio * 100) / 100.0)
        .put("ratioWholeRuns", Math.round(wholeRuns * 100) / 100.0).put("ratioFromLog", Math.round(fromLog * 100) / 100.0);
  }

  /** Starts one node per core, loads them, stops them; the rate and where the CPU went. */
  private JsonObject run(List<String> cores, List<String> warm, List<String> measured) throws Exception {
    List<Node> nodes = new ArrayList<>();
    boolean measuredAll = false;
    try {
      for (String core : cores) nodes.add(Node.start(core, store, log, rules, models));
      List<String> bases = new ArrayList<>();
      for (Node node : nodes) bases.add(node.awaitReady());
      awaitPartitionsShared(bases);
      load.saturate(bases, brands, warm);
      long[] nodeCpu = new long[nodes.size()];
      for (int i = 0; i < nodes.size(); i++) nodeCpu[i] = ThreadCpu.process(nodes.get(i).process.pid());
      long selfCpu = ThreadCpu.process();
      long machine = ThreadCpu.machineBusy();
      Map<String, Long> programs = ThreadCpu.processes();
      long started = System.nanoTime();
      // half over HTTP, as integrations post; half written straight into the log, so the nodes' cores do nothing of ingest
      Load.Rates rates = load.rates(bases, brands, measured.subList(0, measured.size() / 2));
      double seconds = (System.nanoTime() - started) / 1e9;
      double nodesCores = 0;
      for (int i = 0; i < nodes.size(); i++) nodesCores += (ThreadCpu.process(nodes.get(i).process.pid()) - nodeCpu[i]) / 1000.0 / seconds;
      double loadCores = (ThreadCpu.process() - selfCpu) / 1000.0 / seconds;
      double machineCores = (ThreadCpu.machineBusy() - machine) / 1000.0 / seconds;
      double idle = Math.max(0, Runtime.getRuntime().availableProcessors() - machineCores);
      // the rest by program: the nodes and this process are counted above
      java.util.Set<Long> counted = new java.util.HashSet<>();
      counted.add(ProcessHandle.current().pid());
      for (Node node : nodes) counted.add(node.process.pid());
      Map<String, Long> others = ThreadCpu.programsSince(programs, counted);
      JsonObject rest = new JsonObject();
      others.entrySet().stream().filter(e -> e.getValue() / 1000.0 / seconds >= 0.01)
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> rest.put(e.getKey(), round(e.getValue() / 1000.0 / seconds)));
      System.out.printf(Locale.ROOT, "%d node(s), one core each (%s), PostgreSQL store and Kafka log: %.1f comments/s while every node had work"
          + " (%.1f/s over the whole run, drain included);"
          + " cores busy: nodes %.2f, load (this process) %.2f, everything else %.2f (%s); idle %.2f%n",
          nodes.size(), String.join(",", cores), rates.allBusy(), rates.whole(), nodesCores, loadCores,
          Math.max(0, machineCores - nodesCores - loadCores), describe(rest), idle);
      Load.Rates fromLog = load.drain(bases, brands, measured.subList(measured.size() / 2, measured.size()), log);
      System.out.printf(Locale.ROOT, "%d node(s), the same number of comments written straight into the log: %.1f comments/s while every node had work"
          + " (%.1f/s over the whole run)%n", nodes.size(), fromLog.allBusy(), fromLog.whole());
      measuredAll = true;
      return new JsonObject().put("nodes", nodes.size()).put("perSecond", Math.round(rates.allBusy() * 10) / 10.0)
          .put("fromLogPerSecond", Math.round(fromLog.allBusy() * 10) / 10.0).put("fromLogPerSecondWholeRun", Math.round(fromLog.whole() * 10) / 10.0)
          .put("perSecondWholeRun", Math.round(rates.whole() * 10) / 10.0)
          .put("nodeCores", round(nodesCores)).put("loadCores", round(loadCores))
          .put("otherCores", round(Math.max(0, machineCores - nodesCores - loadCores))).put("otherCoresByProgram", rest)
          .put("idleCores", round(idle));
    } finally {
      // a failed run keeps each node's folder: its node.log says why
      for (Node node : nodes) node.stop(measuredAll);
    }
  }

  /** Waits until every partition of the log has an owner and each node owns some. */
  private void awaitPartitionsShared(List<String> bases) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      int owned = 0;
      boolean each = true;
      for (String base : bases) {
        int count = load.get(base + "/health").getJsonArray("logPartitions", new io.vertx.core.json.JsonArray()).size();
        owned += count;
        each &= count > 0;
      }
      if (each && owned == CommentLog.PARTITIONS) return;
      Thread.sleep(250);
    }
    throw new IllegalStateException("the nodes did not share the log's " + CommentLog.PARTITIONS + " partitions within 2 minutes");
  }

  private static List<String> onePerPartition() {
    TreeMap<Integer, String> byPartition = new TreeMap<>();
    for (int i = 0; byPartition.size() < CommentLog.PARTITIONS; i++) {
      byPartition.putIfAbsent(CommentLog.partitionOf("scale-" + i, CommentLog.PARTITIONS), "scale-" + i);
    }
    return List.copyOf(byPartition.values());
  }

  private static String describe(JsonObject cores) {
    return cores.isEmpty() ? "none over 0.01" : cores.stream().map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /** A node of the service in its own process, pinned to one core. */
  private record Node(Process process, Path output) {
    static Node start(String core, String store, String log, Path rules, Path models) throws IOException {
      Path data = Files.createTempDirectory("crisisdesk-scaling");
      Path output = data.resolve("node.log");
      List<String> command = List.of("taskset", "-c", core, Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xms3g", "-Xmx3g", "-XX:MetaspaceSize=256m", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
          "--data", data.toString(), "--rules", rules.toString(), "--models", models.toString(), "--store", store, "--log", log,
          "--rate-limit", "0");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
      builder.environment().put("CRISISDESK_ADMIN_KEY", Load.KEY);
      return new Node(builder.start(), output);
    }

    /** Its address, once it listens, its rules compiled and its models are loaded. */
    String awaitReady() throws Exception {
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (System.nanoTime() < deadline) {
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Matcher listening = LISTENING.matcher(text);
        if (listening.find() && text.contains("rules compiled") && text.contains("models loaded")) return "http://127.0.0.1:" + listening.group(1);
        if (!process.isAlive()) break;
        Thread.sleep(200);
      }
      throw new IllegalStateException("a node did not start (its output is in " + output + "):\n" + Files.readString(output, StandardCharsets.UTF_8));
    }

    void stop(boolean removeFolder) throws IOException, InterruptedException {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      if (!removeFolder) return;
      try (var files = Files.walk(output.getParent())) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
      }
    }
  }
}
