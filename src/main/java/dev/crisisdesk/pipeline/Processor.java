package dev.crisisdesk.pipeline;

import dev.crisisdesk.comments.CommentStore;
import dev.crisisdesk.comments.StoredComment;
import dev.crisisdesk.crisis.CrisisStore;
import dev.crisisdesk.crisis.IncidentBook;
import dev.crisisdesk.crisis.Incidents;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Crisis;
import dev.crisisdesk.facts.Decision;
import dev.crisisdesk.facts.Sentiment;
import dev.crisisdesk.metrics.ServiceMetrics;
import dev.crisisdesk.nlp.Analysis;
import dev.crisisdesk.nlp.TextAnalysis;
import dev.crisisdesk.queue.ItemStore;
import dev.crisisdesk.rules.BrandChange;
import dev.crisisdesk.rules.Outcome;
import dev.crisisdesk.rules.RuleEngine;
import dev.crisisdesk.rules.RuleFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes stored comments through analysis (a bounded pool, in parallel) and then their brand's
 * rules (one lane per brand, in order), and records each outcome with its incidents once. Work in
 * flight is bounded: ingest asks {@link #hasRoomFor(int)} before it accepts more. Every second a
 * tick runs the watchdog over the lanes ({@link Lanes}) and hands items past their due time to the
 * rules ({@link OverdueTicker}).
 */
public final class Processor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Processor.class);
  private static final Analysis UNANALYZED = new Analysis(Sentiment.NEUTRAL, 0, 0, 0);
  static final long TICK_SECONDS = 1;
  /** The most completions written in one transaction: a brand's lane flushes when it has this many. */
  static final int BATCH = 50;
  /** Recent distinct texts whose analysis is kept: enough for a bot wave, a few MB at most. */
  static final int ANALYSIS_CACHE = 10_000;

  /** Sees each comment's fact and live outcome once it is recorded (shadow rule sets do). */
  public interface Observer {
    void decided(Comment fact, Outcome live);

    Observer NONE = (fact, live) -> { };
  }

  /** What the processor records into. */
  public record Stores(CommentStore comments, ItemStore items, CrisisStore crises) {}

  /**
   * How much runs at once: analysis threads, comments in flight before ingest is turned away, and
   * how long one brand's rules may work on one comment before the brand is parked.
   */
  public record Limits(int analysisThreads, int capacity, Duration parkAfter) {
    public Limits {
      if (analysisThreads < 1) throw new IllegalArgumentException("analysisThreads < 1: " + analysisThreads);
      if (capacity < 1) throw new IllegalArgumentException("capacity < 1: " + capacity);
    }
  }

  /** Where brands run: every brand on this node ({@link #ALONE}), or spread over the nodes reading a shared log. */
  public interface Placement {
    /** Whether this node runs the brand's session (overdue items of other brands are their owners' work). */
    boolean owns(String brand);

    /** Sends a change to the node that runs the brand; completes when the change is on its way. */
    CompletableFuture<Void> deliver(BrandChange change);

    /** One node runs every brand and applies every change on its own lanes. */
    Placement ALONE = new Placement() {
      @Override
      public boolean owns(String brand) {
        return true;
      }

      @Override
      public CompletableFuture<Void> deliver(BrandChange change) {
        throw new UnsupportedOperationException("a node alone applies its changes itself");
      }
    };
  }

  private final TextAnalysis analyzer;
  private final RuleEngine rules;
  private final Incidents incidents;
  private final Stores stores;
  private final Observer observer;
  private final Placement placement;
  private final ServiceMetrics metrics;
  private final int capacity;
  private final ExecutorService analysis;
  private final Lanes lanes;
  private final OverdueTicker overdue;
  private final ScheduledExecutorService ticker;
  private final AnalysisCache cache = new AnalysisCache(ANALYSIS_CACHE);
  // comments submitted and not yet recorded
  private final AtomicInteger inFlight = new AtomicInteger();
  // per brand, comments decided on its lane and not yet written: touched only on that lane
  private final Map<String, List<Decided>> unwritten = new ConcurrentHashMap<>();
  // once set, queued work is left for the next start, which resumes every received comment
  private volatile boolean closing;

  public Processor(TextAnalysis analyzer, RuleEngine rules, Incidents incidents, Stores stores, Observer observer,
      ServiceMetrics metrics, Limits limits, Placement placement) {
    this.metrics = metrics;
    this.placement = placement;
    this.analyzer = analyzer;
    this.rules = rules;
    this.incidents = incidents;
    this.stores = stores;
    this.observer = observer;
    this.capacity = limits.capacity();
    this.analysis = Executors.newFixedThreadPool(limits.analysisThreads(), Lanes.named("analysis"));
    this.lanes = new Lanes(limits.parkAfter().toMillis());
    this.overdue = new OverdueTicker(stores.items(), rules, lanes, placement::owns);
    this.ticker = Executors.newSingleThreadScheduledExecutor(Lanes.named("tick"));
    ticker.scheduleWithFixedDelay(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
  }

  public boolean hasRoomFor(int count) {
    return inFlight.get() + count <= capacity;
  }

  public int inFlight() {
    return inFlight.get();
  }

  /** Waits until every submitted comment is recorded, or the limit passes; whether it got there. */
  public boolean awaitIdle(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (inFlight.get() > 0) {
      if (System.nanoTime() > deadline) return false;
      Thread.sleep(20);
    }
    return true;
  }

  /**
   * Processes stored comments; returns at once. Analysis runs in parallel, but each comment takes
   * its place on its brand's lane now: a brand's rules see its comments in the order they were
   * submitted, and a brand change handed to {@link #onLane} after them comes after them.
   */
  public void submit(List<StoredComment> stored) {
    inFlight.addAndGet(stored.size());
    for (StoredComment comment : stored) {
      CompletableFuture<Analysis> analyzed = new CompletableFuture<>();
      analysis.execute(() -> {
        try {
          analyzed.complete(closing ? null : analysisOf(comment));
        } catch (Throwable e) {
          // the lane waiting for it must never wait forever
          analyzed.completeExceptionally(e);
          throw e;
        }
      });
      String brand = comment.comment().brand();
      if (lanes.isParked(brand)) {
        // its lane is stuck: the comment fails as soon as it is analyzed instead of waiting behind it
        analyzed.whenComplete((result, error) -> failParked(comment, error == null ? result : UNANALYZED));
      } else {
        lanes.run(brand, () -> decide(comment, analyzed));
      }
    }
  }

  /** Submits every comment that was stored but not processed before the last stop. */
  public int resume() {
    return resume(brand -> true);
  }

  /** Submits the stored, unprocessed comments of the brands this node owns. */
  public int resume(Predicate<String> owned) {
    List<StoredComment> received = stores.comments().received().stream().filter(c -> owned.test(c.comment().brand())).toList();
    submit(received);
    return received.size();
  }

  /**
   * Makes a change the store already holds reach the brand's session: applied here, or written to the
   * log for the brand's owner. Returns when it is on its way; fails if the log did not take it in time.
   */
  public void change(BrandChange change) {
    if (placement == Placement.ALONE) {
      apply(change);
      return;
    }
    try {
      placement.deliver(change).get(15, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new BrandChange.Undelivered(change, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Applies a change to a brand this node runs, on its lane: after the comments submitted before it. */
  public void apply(BrandChange change) {
    String brand = change.brand();
    onLane(brand, () -> {
      if (change instanceof BrandChange.Resolved resolved) {
        incidents.resolved(brand, resolved.incident(), resolved.coolUntil());
        rules.crisisClosed(brand, resolved.incident());
      } else if (change instanceof BrandChange.Erased erased) {
        rules.erase(brand, erased.commentKey());
      } else {
        rules.awaitReady();
        rules.brandChanged(incidents.brand(brand, rules.rulesFor(brand).settings()));
      }
    });
  }

  /**
   * Drops the rule sessions and incident books of these brands, on their lanes: the brands' comments
   * are now some other node's work, or this node's again after others changed their state. A brand's
   * next comment here rebuilds both from the store.
   */
  public void forget(Predicate<String> brands) {
    Set<String> known = new HashSet<>(rules.brands());
    known.addAll(incidents.brands());
    for (String brand : known) {
      if (brands.test(brand)) {
        onLane(brand, () -> {
          rules.reset(brand);
          incidents.forget(brand);
        });
      }
    }
  }

  /**
   * Runs a task on the brand's lane: after the brand's comments submitted before it, and once
   * their outcomes are in the store.
   */
  public void onLane(String brand, Runnable task) {
    lanes.run(brand, () -> {
      write(brand);
      task.run();
    });
  }

  private Analysis analysisOf(StoredComment stored) {
    try {
      return cache.analyze(stored.comment().brand(), stored.comment().text(), analyzer::analyze);
    } catch (RuntimeException | StackOverflowError e) {
      // a text the models cannot handle still reaches the rules, as neutral and harmless
      LOG.warn("analysis failed for {}; treated as neutral", stored.comment().key(), e);
      return UNANALYZED;
    }
  }

  private void failParked(StoredComment stored, Analysis analysis) {
    try {
      if (analysis != null) stores.comments().fail(stored, analysis, "brand " + stored.comment().brand() + " is parked: its rules stopped answering");
    } catch (RuntimeException e) {
      LOG.error("could not record the failure of {}", stored.comment().key(), e);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /** On the brand's lane: waits for the comment's analysis (it runs in parallel), then decides. */
  private void decide(StoredComment stored, Future<Analysis> analyzed) {
    Analysis analysis;
    try {
      analysis = SerialExecutor.idleWhile(analyzed);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      analysis = null;
    } catch (ExecutionException e) {
      analysis = UNANALYZED;
    }
    if (analysis == null || closing) {
      // left received: the next start resumes it
      inFlight.decrementAndGet();
      return;
    }
    decide(stored, analysis);
  }

  /** A comment the rules decided, waiting on its lane to be written with its neighbours. */
  private record Decided(StoredComment stored, Analysis analysis, Comment fact, Outcome outcome) {}

  private void decide(StoredComment stored, Analysis analysis) {
    String brand = stored.comment().brand();
    boolean waits = false;
    try {
      Comment fact = stored.comment().fact(analysis);
      RuleEngine.Verdict verdict = rules.decide(fact);
      if (stored.backfill()) {
        write(brand);
        // history: it stays in the session's windows, but what the rules would have done is only noted
        Outcome noted = new Outcome(Outcome.Status.IGNORED, verdict.outcome().decisions(), null);
        if (stores.comments().complete(stored, analysis, noted, connection -> { })) metrics.processed("backfilled", sinceReceived(stored));
        return;
      }
      List<IncidentBook.Change> changes = incidents.plan(brand, verdict.crises());
      List<String> joined = joined(verdict.outcome().decisions());
      if (changes.isEmpty() && joined.isEmpty()) {
        // the common case touches no incident: written with the lane's next comments, in one transaction
        List<Decided> batch = unwritten.computeIfAbsent(brand, b -> new ArrayList<>());
        batch.add(new Decided(stored, analysis, fact, verdict.outcome()));
        waits = true;
        // written after the comments on the lane now, or at once when the batch is full
        if (batch.size() == 1) lanes.run(brand, () -> write(brand));
        else if (batch.size() >= BATCH) write(brand);
        return;
      }
      write(brand);
      boolean recorded = stores.comments().complete(stored, analysis, verdict.outcome(), connection -> {
        stores.items().place(connection, stored, verdict.outcome());
        stores.crises().apply(connection, brand, changes);
        // routed with an open incident in view: the comment is one of the incident's
        for (String incident : joined) stores.crises().join(connection, incident, stored.comment().id());
      });
      if (recorded) {
        for (Crisis crisis : incidents.committed(brand, changes)) gather(brand, crisis);
        observer.decided(fact, verdict.outcome());
        metrics.processed(verdict.outcome().status().name().toLowerCase(Locale.ROOT), sinceReceived(stored));
      }
    } catch (RuleFailure e) {
      write(brand);
      LOG.warn("rules failed on {}: {}", stored.comment().key(), e.getMessage());
      stores.comments().fail(stored, analysis, e.getMessage());
      metrics.processed("failed", sinceReceived(stored));
    } catch (RuntimeException e) {
      // stays received: the next start resumes it
      LOG.error("could not record the outcome of {}", stored.comment().key(), e);
    } finally {
      if (!waits) inFlight.decrementAndGet();
    }
  }

  /**
   * On the brand's lane: writes the comments decided and not yet written, in one transaction. If
   * it fails they stay received, and the next start processes them again.
   */
  private void write(String brand) {
    List<Decided> batch = unwritten.remove(brand);
    if (batch == null || batch.isEmpty()) return;
    try {
      List<CommentStore.Completion> completions = batch.stream().map(d -> new CommentStore.Completion(d.stored(), d.analysis(), d.outcome(),
          connection -> stores.items().place(connection, d.stored(), d.outcome()))).toList();
      List<Boolean> recorded = stores.comments().completeAll(completions);
      for (int i = 0; i < batch.size(); i++) {
        if (!recorded.get(i)) continue;
        Decided d = batch.get(i);
        observer.decided(d.fact(), d.outcome());
        metrics.processed(d.outcome().status().name().toLowerCase(Locale.ROOT), sinceReceived(d.stored()));
      }
    } catch (RuntimeException e) {
      LOG.error("could not record the outcomes of {} comments of {}, first {}", batch.size(), brand, batch.get(0).stored().comment().key(), e);
    } finally {
      inFlight.addAndGet(-batch.size());
    }
  }

  /**
   * Tells the rules an incident opened or rose; the comments they now route (under the default plan,
   * the negative comments still in the session's windows) join the incident, and their open items
   * move where the rules send them (the crisis queue).
   */
  private void gather(String brand, Crisis crisis) {
    List<Decision> routed = rules.crisisOpened(brand, crisis).stream().filter(d -> d.action() == Decision.Action.ROUTE).toList();
    if (routed.isEmpty()) return;
    List<String> ids = routed.stream().map(d -> d.commentKey().split("/", 3)[2]).distinct().toList();
    stores.crises().join(crisis.getId(), ids, connection -> stores.items().gather(connection, crisis.getId(), routed));
  }

  private static List<String> joined(List<Decision> decisions) {
    return decisions.stream().map(Decision::joinedIncident).filter(Objects::nonNull).distinct().toList();
  }

  /** The brands parked by the watchdog. */
  public Set<String> parked() {
    return lanes.parked();
  }

  /** Every second: the watchdog over the lanes, then the overdue items. */
  void tick() {
    try {
      lanes.watch();
      overdue.tick();
    } catch (RuntimeException e) {
      LOG.error("tick failed", e);
    }
  }

  private static long sinceReceived(StoredComment stored) {
    return System.currentTimeMillis() - stored.receivedAt();
  }

  /** Stops taking work and waits for what is under way; unfinished comments stay received. */
  @Override
  public void close() {
    closing = true;
    ticker.shutdownNow();
    analysis.shutdown();
    Lanes.awaitQuietly(analysis);
    lanes.close();
  }
}
