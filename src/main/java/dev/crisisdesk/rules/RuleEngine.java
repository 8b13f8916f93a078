package dev.crisisdesk.rules;

import dev.crisisdesk.facts.Actions;
import dev.crisisdesk.facts.Brand;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Crisis;
import dev.crisisdesk.facts.CrisisSignal;
import dev.crisisdesk.facts.Decision;
import dev.crisisdesk.facts.Escalation;
import dev.crisisdesk.facts.Overdue;
import dev.crisisdesk.rules.sandbox.Budget;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs the active rule set with one session per brand, so one brand's events never reach
 * another's windows. Callers must drive each brand from one thread at a time (the pipeline's
 * brand lanes do); different brands may run in parallel.
 *
 * <p>Each firing runs under the engine's {@link Budget.Limits}. A firing that fails (a rule threw,
 * or spent its budget) throws {@link RuleFailure} and ends the brand's session: the next comment
 * starts a fresh one with its windows refilled from the store, so a half-propagated session never
 * decides again.
 */
public final class RuleEngine implements AutoCloseable {
  /** What a new brand session starts with: the brand's settings and its open incidents. */
  public interface BrandFacts {
    Brand brand(String name, BrandSettings defaults);

    List<Crisis> openCrises(String name);

    /** The brand's processed comments still inside its windows, oldest first: the session replays them. */
    List<Comment> recent(String name);

    /** No stored settings or incidents: the rule set's defaults, nothing open. */
    BrandFacts NONE = new BrandFacts() {
      @Override
      public Brand brand(String name, BrandSettings defaults) {
        return defaults.fact(name);
      }

      @Override
      public List<Crisis> openCrises(String name) {
        return List.of();
      }

      @Override
      public List<Comment> recent(String name) {
        return List.of();
      }
    };
  }

  /**
   * The default rule set is still compiling (the service listens before it is ready): what needs it
   * answers "try again shortly" instead of waiting; the brands' lanes wait.
   */
  public static final class Starting extends RuntimeException {
    Starting() {
      super("the rule set is still compiling; try again in a few seconds");
    }
  }

  /** What the rules decided about one comment, and the incidents they asked for. */
  public record Verdict(Outcome outcome, List<CrisisSignal> crises) {}

  private final Map<String, BrandSession> sessions = new ConcurrentHashMap<>();
  private final Map<String, CompiledRules> brandSets = new ConcurrentHashMap<>();
  private final BrandFacts facts;
  private final Set<String> fired;
  private final Budget.Limits limits;
  private volatile CompiledRules defaults;
  /** Completes when the default set is given: at once, or once it compiled. */
  private final CompletableFuture<Void> ready = new CompletableFuture<>();

  public RuleEngine(CompiledRules defaults, BrandFacts facts) {
    this(defaults, facts, false, Budget.Limits.DEFAULT);
  }

  /** An engine that also records which rules fired (for scenario coverage). */
  public RuleEngine(CompiledRules defaults, BrandFacts facts, boolean recordFiredRules) {
    this(defaults, facts, recordFiredRules, Budget.Limits.DEFAULT);
  }

  /** An engine whose firings each get {@code limits}. */
  public RuleEngine(CompiledRules defaults, BrandFacts facts, boolean recordFiredRules, Budget.Limits limits) {
    this.facts = facts;
    this.fired = recordFiredRules ? ConcurrentHashMap.newKeySet() : null;
    this.limits = limits;
    if (defaults != null) ready(defaults);
  }

  /**
   * An engine whose default set comes later ({@link #ready}): until then {@link #rules()} and
   * {@link #rulesFor} throw {@link Starting}, and deciding waits.
   */
  public static RuleEngine starting(BrandFacts facts, Budget.Limits limits) {
    return new RuleEngine(null, facts, false, limits);
  }

  /** Gives the engine its default set, once; what waited for it goes on. */
  public void ready(CompiledRules defaults) {
    if (this.defaults == null) this.defaults = defaults;
    ready.complete(null);
  }

  /** The default set will never come (it did not compile): what waits for it fails. */
  public void failed(Throwable cause) {
    ready.completeExceptionally(cause);
  }

  public boolean isReady() {
    return ready.isDone() && !ready.isCompletedExceptionally();
  }

  /** Waits until the default set is given (on a lane; never on an event loop). */
  public void awaitReady() {
    try {
      ready.join();
    } catch (CompletionException e) {
      throw new IllegalStateException("the rule set did not compile", e.getCause());
    }
  }

  /** The names of the rules that fired so far, if this engine records them. */
  public Set<String> firedRules() {
    return fired == null ? Set.of() : Set.copyOf(fired);
  }

  /** The default rule set. */
  public CompiledRules rules() {
    CompiledRules given = defaults;
    if (given == null) throw new Starting();
    return given;
  }

  /** The brand's own rule set if it has one, else the default set. */
  public CompiledRules rulesFor(String brand) {
    CompiledRules own = brandSets.get(brand);
    return own != null ? own : rules();
  }

  public boolean hasOwnSet(String brand) {
    return brandSets.containsKey(brand);
  }

  /**
   * Makes a rule set the active one of a brand ({@code brand} null: the default set). Sessions
   * already running keep their set until {@link #reset(String)} on their lane; new ones use it.
   */
  public void activate(String brand, CompiledRules rules) {
    if (brand == null) defaults = rules;
    else brandSets.put(brand, rules);
  }

  /** The brands whose sessions run this scope's set ({@code brand} null: the default set). */
  public List<String> brandsOn(String brand) {
    if (brand != null) return sessions.containsKey(brand) ? List.of(brand) : List.of();
    return sessions.keySet().stream().filter(name -> !brandSets.containsKey(name)).toList();
  }

  /** The brands with a running session. */
  public Set<String> brands() {
    return Set.copyOf(sessions.keySet());
  }

  /** Ends the brand's session; its next comment starts one on the active set, windows refilled. Lane only. */
  public void reset(String brand) {
    BrandSession session = sessions.remove(brand);
    if (session != null) session.close();
  }

  public Verdict decide(Comment comment) {
    BrandSession session = session(comment.getBrand());
    Actions.Recorded recorded = onSession(comment.getBrand(), () -> session.decide(comment));
    List<Decision> decisions = recorded.decisions().stream()
        .filter(decision -> decision.commentKey().equals(comment.key()))
        .toList();
    return new Verdict(Outcome.of(comment, decisions, session.rules().queues()), recorded.crises());
  }

  /** What the rules do with an item that passed its due time. */
  public List<Escalation> overdue(String brand, Overdue overdue) {
    BrandSession session = session(brand);
    return onSession(brand, () -> session.overdue(overdue)).escalations();
  }

  public void brandChanged(Brand brand) {
    BrandSession session = sessions.get(brand.getName());
    if (session != null) onSession(brand.getName(), () -> {
      session.brand(brand);
      return null;
    });
  }

  /**
   * Tells the brand's rules an incident opened (or rose): the comments still in the session are
   * matched again, and what the rules now decide about them comes back (the default plan routes its
   * negative comments to the crisis queue: those are the incident's comments).
   */
  public List<Decision> crisisOpened(String brand, Crisis crisis) {
    BrandSession session = session(brand);
    return onSession(brand, () -> session.crisisOpened(crisis).decisions());
  }

  /** Blanks an erased comment's text and author in its brand's session, if it is still in a window. */
  public void erase(String brand, String key) {
    BrandSession session = sessions.get(brand);
    if (session != null) onSession(brand, () -> {
      session.erase(key);
      return null;
    });
  }

  public void crisisClosed(String brand, String id) {
    BrandSession session = sessions.get(brand);
    if (session != null) onSession(brand, () -> {
      session.crisisClosed(id);
      return null;
    });
  }

  /** Runs work on the brand's session; a failure ends the session, so the next call starts afresh. */
  private <T> T onSession(String brand, Supplier<T> work) {
    try {
      return work.get();
    } catch (RuleFailure e) {
      reset(brand);
      throw e;
    }
  }

  private BrandSession session(String brand) {
    BrandSession running = sessions.get(brand);
    if (running != null) return running;
    awaitReady();
    CompiledRules active = rulesFor(brand);
    // built outside the map's lock: a replay runs rule code, which may fail
    BrandSession started = new BrandSession(active, facts.brand(brand, active.settings()), facts.openCrises(brand),
        facts.recent(brand), fired, limits);
    sessions.put(brand, started);
    return started;
  }

  @Override
  public void close() {
    sessions.values().forEach(BrandSession::close);
    sessions.clear();
  }
}
