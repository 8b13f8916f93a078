package dev.crisisdesk.cli;

import dev.crisisdesk.App;
import dev.crisisdesk.Config;
import dev.crisisdesk.ops.CompilerFocus;
import dev.crisisdesk.nlp.Analyzer;
import dev.crisisdesk.nlp.LoadingAnalysis;
import dev.crisisdesk.nlp.Warmup;
import dev.crisisdesk.rules.InvalidRulesException;
import dev.crisisdesk.rules.RuleFinding;
import dev.crisisdesk.rules.sandbox.Budget;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code serve}: the HTTP service on the embedded store. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the service on the embedded default store.")
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--data", defaultValue = "./data", description = "Folder of the embedded database (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--rules", defaultValue = "./rules", description = "The default rule set (default: ${DEFAULT-VALUE}).")
  Path rules;

  @picocli.CommandLine.Mixin
  ModelOptions nlp;

  @Option(names = "--max-body-bytes", defaultValue = "1048576", description = "Largest request body (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(names = "--rate-limit", defaultValue = "1000",
      description = "Requests per second one key may make on average, twice that in a burst; 0 for no limit (default: ${DEFAULT-VALUE}).")
  int rateLimit;

  @Option(names = "--body-timeout-seconds", defaultValue = "30",
      description = "Seconds a request body may take to arrive before the answer is 408 (default: ${DEFAULT-VALUE}).")
  int bodyTimeoutSeconds;

  @Option(names = "--store",
      description = "Keep the state in this PostgreSQL server (postgres://USER:PASSWORD@HOST:PORT/DB) instead of the embedded database in --data.")
  String store;

  @Option(names = "--log",
      description = "Write accepted comments to this Kafka log (kafka://HOST:PORT[,HOST:PORT]) and answer 202 once the brokers have them.")
  String log;

  @Option(names = "--webhook-timeout-seconds", defaultValue = "10",
      description = "Seconds a webhook receiver may take to answer before the delivery is retried (default: ${DEFAULT-VALUE}).")
  int webhookTimeoutSeconds;

  @Option(names = "--rule-cpu-ms", defaultValue = "1000",
      description = "CPU milliseconds one firing of a brand's rules may use before it is stopped and its comment fails (default: ${DEFAULT-VALUE}).")
  long ruleCpuMillis;

  @Option(names = "--rule-memory-mb", defaultValue = "256",
      description = "Megabytes one firing of a brand's rules may allocate before it is stopped and its comment fails (default: ${DEFAULT-VALUE}).")
  long ruleMemoryMb;

  @Option(names = "--webhook-allow-host", split = ",", paramLabel = "HOST",
      description = "A host webhooks may reach although it resolves to a loopback or private address; repeat or separate with commas (default: none).")
  List<String> webhookAllowHosts = new ArrayList<>();

  @Option(names = "--warmup-seconds", defaultValue = "20",
      description = "Seconds at most, once the models load, to run them over sample comments so that real ones get full speed from the first; never past 45 s after launch; 0 skips it (default: ${DEFAULT-VALUE}).")
  int warmupSeconds;

  @Option(names = "--compiler", defaultValue = "focused",
      description = "focused: the JVM's optimizing compiler keeps to the analysis, the code around it runs as the quick compiler compiles it; all: the JVM's default (default: ${DEFAULT-VALUE}).")
  Compiler compiler;

  /** What the JVM's optimizing compiler works on: see {@link CompilerFocus}. */
  enum Compiler { focused, all }

  /** The warm-up ends by this long after launch, whatever --warmup-seconds says. */
  private static final Duration WARM_BY = Duration.ofSeconds(45);

  private static Duration uptime() {
    return Duration.ofMillis(java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
  }

  @Override
  public Integer call() throws InterruptedException {
    if (compiler == Compiler.focused) CompilerFocus.apply();
    String adminKey = System.getenv("CRISISDESK_ADMIN_KEY");
    if (adminKey == null || adminKey.isBlank()) {
      byte[] random = new byte[16];
      new SecureRandom().nextBytes(random);
      adminKey = HexFormat.of().formatHex(random);
      System.err.println("CRISISDESK_ADMIN_KEY is not set; the admin key of this run is " + adminKey);
    }
    Config config;
    try {
      Config defaults = Config.defaults(data, rules, nlp.models, adminKey);
      config = new Config(host, port, data, rules, nlp.models, adminKey, maxBodyBytes, defaults.analysisThreads(),
          defaults.inFlightCapacity(), defaults.parkAfter(), rateLimit, Duration.ofSeconds(bodyTimeoutSeconds),
          Duration.ofSeconds(webhookTimeoutSeconds), store, log,
          new Budget.Limits(Duration.ofMillis(ruleCpuMillis), ruleMemoryMb << 20),
          webhookAllowHosts);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (warmupSeconds < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--warmup-seconds must be 0 or more");
    // the service listens as soon as its store is open: the rules compile and the models load meanwhile
    // (in parallel), then warm up on sample comments; comments are stored at once and decided when all is ready
    AtomicReference<Warmup.Done> warmed = new AtomicReference<>();
    int threads = config.analysisThreads();
    LoadingAnalysis analysis = new LoadingAnalysis(() -> {
      Analyzer loaded = nlp.load();
      // on a machine so busy that the models took long, the first comments have waited enough already
      Duration asked = Duration.ofSeconds(warmupSeconds);
      Duration left = WARM_BY.minus(uptime());
      Duration budget = left.compareTo(asked) < 0 ? left : asked;
      if (budget.toSeconds() >= 1) warmed.set(Warmup.run(loaded, threads, budget));
      return loaded;
    });
    App app = App.listen(config, analysis, java.time.Clock.systemUTC());
    long launched = System.nanoTime();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      stopped.countDown();
    }, "shutdown"));
    System.out.println("listening on http://" + host + ":" + app.port());
    System.out.flush();
    app.rulesCompiled().whenComplete((done, failure) -> {
      if (failure == null) {
        System.out.printf(Locale.ROOT, "rules compiled in %.1f s%n", (System.nanoTime() - launched) / 1e9);
        System.out.flush();
        return;
      }
      Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
      if (cause instanceof InvalidRulesException invalid) {
        for (RuleFinding finding : invalid.findings()) System.err.println(config.rulesDir().resolve(finding.file()) + ":"
            + finding.line() + ":" + finding.column() + ": " + finding.message());
        System.err.println("the rule set in " + config.rulesDir() + " does not compile; stopping");
      } else {
        System.err.println("cannot start the rule set: " + cause + "; stopping");
      }
      System.exit(1);
    });
    analysis.start().loaded().whenComplete((seconds, failure) -> {
      if (failure == null) {
        Warmup.Done warmup = warmed.get();
        System.out.printf(Locale.ROOT, "models loaded in %.1f s%s%n", seconds, warmup == null ? ""
            : String.format(Locale.ROOT, " (of which %.1f s warming up on %d sample comments)", warmup.seconds(), warmup.comments()));
        System.out.flush();
        return;
      }
      System.err.println("cannot load the models: " + failure.getMessage() + "; stopping");
      System.exit(1);
    });
    stopped.await();
    return 0;
  }
}
