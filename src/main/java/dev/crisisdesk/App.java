package dev.crisisdesk;

import dev.crisisdesk.Api;
import dev.crisisdesk.audit.Audit;
import dev.crisisdesk.audit.AuditStore;
import dev.crisisdesk.auth.Authenticator;
import dev.crisisdesk.auth.KeyHandlers;
import dev.crisisdesk.auth.KeyStore;
import dev.crisisdesk.brands.BrandSettingsStore;
import dev.crisisdesk.comments.CommentQueries;
import dev.crisisdesk.comments.CommentStore;
import dev.crisisdesk.crisis.CrisisHandlers;
import dev.crisisdesk.crisis.IncidentRoom;
import dev.crisisdesk.crisis.CrisisStore;
import dev.crisisdesk.crisis.Incidents;
import dev.crisisdesk.events.EventStream;
import dev.crisisdesk.events.WebhookAddresses;
import dev.crisisdesk.events.WebhookDispatcher;
import dev.crisisdesk.events.WebhookHandlers;
import dev.crisisdesk.events.WebhookStore;
import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.ingest.CommentValidator;
import dev.crisisdesk.ingest.IngestHandler;
import dev.crisisdesk.kpi.KpiHandler;
import dev.crisisdesk.kpi.KpiStore;
import dev.crisisdesk.log.CommentLog;
import dev.crisisdesk.metrics.ServiceMetrics;
import dev.crisisdesk.nlp.TextAnalysis;
import dev.crisisdesk.ops.Backups;
import dev.crisisdesk.ops.Operations;
import dev.crisisdesk.ops.Pressure;
import dev.crisisdesk.pipeline.Processor;
import dev.crisisdesk.queue.ItemStore;
import dev.crisisdesk.queue.Outbox;
import dev.crisisdesk.queue.QueueHandlers;
import dev.crisisdesk.replies.ReplyHandlers;
import dev.crisisdesk.replies.SavedReplyStore;
import dev.crisisdesk.rules.BrandChange;
import dev.crisisdesk.rules.CompiledRules;
import dev.crisisdesk.rules.InvalidRulesException;
import dev.crisisdesk.rules.RuleCompiler;
import dev.crisisdesk.rules.RuleEngine;
import dev.crisisdesk.rules.RuleFiles;
import dev.crisisdesk.rulesets.RuleHandlers;
import dev.crisisdesk.rulesets.RuleManager;
import dev.crisisdesk.rulesets.RuleVersions;
import dev.crisisdesk.rulesets.ShadowReports;
import dev.crisisdesk.rulesets.Shadows;
import dev.crisisdesk.store.Database;
import dev.crisisdesk.store.Events;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the service by hand and owns what it starts; closing it stops everything in order. */
public final class App implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(App.class);
  private static final Duration WEBHOOK_FIRST_RETRY = Duration.ofSeconds(1);
  /** How often a node of several reads which rule set versions are active and in shadow. */
  static final Duration RULE_SYNC = Duration.ofSeconds(2);
  /** A connection that sends nothing for this long is closed (slow or abandoned clients). */
  static final int IDLE_SECONDS = 60;

  private final Vertx vertx;
  private final Database db;
  private final RuleEngine engine;
  private final Processor processor;
  private final CommentLog log;
  private final WebhookDispatcher dispatcher;
  private final HttpServer server;
  private final Router router;
  private final CompletableFuture<Void> rulesCompiled;

  private App(Vertx vertx, Database db, RuleEngine engine, Processor processor, WebhookDispatcher dispatcher, CommentLog log,
      HttpServer server, Router router, CompletableFuture<Void> rulesCompiled) {
    this.rulesCompiled = rulesCompiled;
    this.vertx = vertx;
    this.log = log;
    this.dispatcher = dispatcher;
    this.db = db;
    this.engine = engine;
    this.processor = processor;
    this.server = server;
    this.router = router;
  }

  /**
   * Compiles the rules (a rule set that does not compile stops the start), opens the store,
   * resumes unprocessed comments and listens.
   */
  public static App start(Config config, TextAnalysis analyzer) throws InvalidRulesException {
    return start(config, analyzer, Clock.systemUTC());
  }

  /** As {@link #start(Config, TextAnalysis)}, on the given clock (tests move it to make items overdue). */
  public static App start(Config config, TextAnalysis analyzer, Clock clock) throws InvalidRulesException {
    App app = listen(config, analyzer, clock);
    try {
      app.rulesCompiled.join();
      return app;
    } catch (CompletionException e) {
      app.close();
      if (e.getCause() instanceof InvalidRulesException invalid) throw invalid;
      if (e.getCause() instanceof RuntimeException failure) throw failure;
      throw e;
    }
  }

  /**
   * Opens the store and listens while the rules compile: comments are accepted and stored at once,
   * and decided once the rules are ready ({@link #rulesCompiled()}); until then what needs the rule
   * set answers 503 {@code starting} and {@code /health} says {@code starting}.
   */
  public static App listen(Config config, TextAnalysis analyzer, Clock clock) {
    return listen(config, analyzer, clock, task -> new Thread(task, "rules-compiling").start());
  }

  /** As {@link #listen(Config, TextAnalysis, Clock)}, compiling on the given executor (a test holds it back). */
  static App listen(Config config, TextAnalysis analyzer, Clock clock, java.util.concurrent.Executor compilingOn) {
    // the store opens (and migrates) while the rules compile: each keeps one core busy for seconds
    CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> openStore(config),
        task -> new Thread(task, "store-opening").start());
    RuleCompiler compiler = new RuleCompiler();
    CompletableFuture<CompiledRules> compiling = CompletableFuture.supplyAsync(() -> {
      try {
        return compiler.compile(RuleFiles.load(config.rulesDir()));
      } catch (InvalidRulesException e) {
        throw new CompletionException(e);
      }
    }, compilingOn);
    Database db;
    try {
      db = opened(opening);
    } catch (RuntimeException e) {
      compiling.cancel(false);
      throw e;
    }
    Vertx vertx = null;
    CrisisStore crises = new CrisisStore(db, clock);
    BrandSettingsStore brandSettings = new BrandSettingsStore(db, clock);
    CommentStore comments = new CommentStore(db, clock);
    Incidents incidents = new Incidents(crises, brandSettings, comments);
    RuleEngine engine = RuleEngine.starting(incidents, config.ruleBudget());
    Processor processor = null;
    WebhookDispatcher dispatcher = null;
    CompletableFuture<Void> rulesCompiled = null;
    CommentLog log = null;
    try {
      RuleVersions versions = new RuleVersions(db, clock);
      ItemStore items = new ItemStore(db, clock);
      // with a log, brands are spread over the nodes reading it, which share the store
      if (config.log() != null) log = new CommentLog(config.log(), comments);
      Shadows shadows = new Shadows(engine, clock, log == null ? null : new ShadowReports(db, clock));
      ServiceMetrics metrics = new ServiceMetrics();
      processor = new Processor(analyzer, engine, incidents, new Processor.Stores(comments, items, crises), shadows, metrics,
          new Processor.Limits(config.analysisThreads(), config.inFlightCapacity(), config.parkAfter()),
          log == null ? Processor.Placement.ALONE : log);
      Processor watched = processor;
      metrics.watch(watched::inFlight, () -> watched.parked().size());
      db.bindMetrics(metrics.registry());
      RuleManager ruleManager = new RuleManager(compiler, versions, engine, processor, shadows);
      // once compiled: recorded as the default set's version, the brands' own sets activated, then the lanes go on
      CompletableFuture<Void> compiled = compiling.thenAccept(rules -> {
        int version = versions.activateIfChanged(RuleVersions.DEFAULT_SCOPE, rules.files(), "serve --rules").number();
        ruleManager.start(version);
        engine.ready(rules);
      });
      compiled.whenComplete((done, failure) -> {
        if (failure != null) engine.failed(failure instanceof CompletionException wrapped ? wrapped.getCause() : failure);
      });
      rulesCompiled = compiled;
      if (log != null) {
        // the log hands this node its brands' stored but unprocessed comments as it is given their partitions
        log.start(processor);
      } else {
        int resumed = processor.resume();
        if (resumed > 0) LOG.info("resuming {} comments received before the last stop", resumed);
      }

      Processor running = processor;
      // a change the log did not take in time is saved but not yet applied: the caller retries
      Consumer<BrandChange> lanes = change -> {
        try {
          running.change(change);
        } catch (BrandChange.Undelivered e) {
          LOG.error("a brand change did not reach the log", e);
          throw ApiException.overloaded(e.getMessage());
        }
      };
      vertx = Vertx.vertx();
      WorkerExecutor workers = vertx.createSharedWorkerExecutor("store", 8);
      Blocking blocking = new Blocking(workers);
      if (log != null) {
        // nodes share the store: rule sets activated on another node reach this one's sessions within seconds
        vertx.setPeriodic(RULE_SYNC.toMillis(), id -> blocking.run(() -> {
          if (engine.isReady()) ruleManager.sync();
          return null;
        }).onFailure(e -> LOG.error("could not read the stored rule set versions", e)));
      }
      WebhookStore webhooks = new WebhookStore(db, clock);
      Events events = new Events(db);
      WebhookAddresses webhookAddresses = new WebhookAddresses(config.internalWebhookHosts());
      dispatcher = new WebhookDispatcher(vertx, webhooks, events, clock, config.webhookTimeout(), WEBHOOK_FIRST_RETRY, webhookAddresses);
      dispatcher.start();
      KeyStore keys = new KeyStore(db, clock, config.adminKey());
      SavedReplyStore savedReplies = new SavedReplyStore(db, clock);
      Api.Handlers handlers = new Api.Handlers(
          new Operations(processor, metrics, items, blocking, log == null ? null : log::partitions,
              new Pressure(db::saturated, log == null ? () -> false : log::failing),
              () -> analyzer.ready() && engine.isReady()),
          new Authenticator(keys, blocking),
          new IngestHandler(new CommentValidator(clock), comments, processor, log, blocking, metrics),
          new CommentQueries(comments, blocking, (brand, key) -> lanes.accept(new BrandChange.Erased(brand, key))),
          new QueueHandlers(items, new Outbox(events), engine, savedReplies, blocking),
          new ReplyHandlers(savedReplies, blocking),
          new CrisisHandlers(crises, brandSettings, incidents, engine, lanes, blocking),
          new IncidentRoom(crises, comments, items, savedReplies, blocking),
          new RuleHandlers(ruleManager, blocking,
              new Blocking(vertx.createSharedWorkerExecutor("rule-work", 2, 2, TimeUnit.MINUTES)),
              config.rulesDir().resolve("scenarios")),
          new KeyHandlers(keys, blocking),
          new KpiHandler(new KpiStore(db), clock, blocking),
          new Audit(new AuditStore(db, clock), blocking),
          new Backups(db, config.dataDir(), clock, blocking),
          new WebhookHandlers(webhooks, blocking, webhookAddresses),
          new EventStream(events, blocking, EventStream.HEARTBEAT),
          metrics);
      Router router = Api.router(vertx, handlers, config);
      HttpServer server = vertx.createHttpServer(new HttpServerOptions().setIdleTimeout(IDLE_SECONDS)).requestHandler(router).listen(config.port(), config.host()).await();
      return new App(vertx, db, engine, processor, dispatcher, log, server, router, rulesCompiled);
    } catch (RuntimeException e) {
      compiling.cancel(false);
      if (dispatcher != null) dispatcher.close();
      if (log != null) log.close();
      if (vertx != null) vertx.close().await();
      if (processor != null) processor.close();
      engine.close();
      db.close();
      throw e;
    }
  }

  private static Database opened(CompletableFuture<Database> opening) {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) throw cause;
      throw e;
    }
  }

  private static Database openStore(Config config) {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data folder " + config.dataDir(), e);
    }
    return Database.open(config.store(), config.dataDir());
  }

  /**
   * Completes once the default rule set compiled and is active; fails with its
   * {@link InvalidRulesException} (wrapped) if it does not compile.
   */
  public CompletableFuture<Void> rulesCompiled() {
    return rulesCompiled;
  }

  /** The routes served, for the test that keeps {@code openapi.json} true. */
  public Router router() {
    return router;
  }

  public int port() {
    return server.actualPort();
  }

  /** Stops webhook deliveries, then listening (letting requests under way finish), then reading the log, then processing, then the store. */
  @Override
  public void close() {
    dispatcher.close();
    server.shutdown(Duration.ofSeconds(5)).await();
    vertx.close().await();
    if (log != null) log.close();
    processor.close();
    engine.close();
    db.close();
  }
}
