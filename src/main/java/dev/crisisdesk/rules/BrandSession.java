package dev.crisisdesk.rules;

import dev.crisisdesk.facts.Actions;
import dev.crisisdesk.facts.Brand;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Crisis;
import dev.crisisdesk.facts.Overdue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieServices;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.time.SessionPseudoClock;

/**
 * One brand's STREAM session on a pseudo clock that follows event time: the clock only moves
 * forward, to the newest {@code createdAt} seen. A comment older than the clock (out of order)
 * still counts in every window it falls in; one older than a window's length counts in none.
 * Holds the brand's {@link Brand} settings and open {@link Crisis} incidents as facts.
 * Not thread-safe: one thread drives it at a time.
 */
final class BrandSession implements AutoCloseable {
  /** A comment, tick or fact change may fire at most this many rules; more means a chain that never settles. */
  static final int MAX_FIRINGS = 10_000;

  private final CompiledRules rules;
  private final KieSession session;
  private final SessionPseudoClock clock;
  private final Actions actions;
  private FactHandle brand;
  // the names of rules that fired, for a scenario run's coverage; null when nobody asks
  private final java.util.Set<String> fired;
  private final Map<String, FactHandle> crises = new HashMap<>();

  /**
   * A session with the brand's settings and open incidents, its windows refilled from
   * {@code recent} comments (already processed: what the rules do with them now is discarded).
   */
  BrandSession(CompiledRules rules, Brand brand, List<Crisis> open, List<Comment> recent, java.util.Set<String> fired) {
    this.fired = fired;
    this.rules = rules;
    KieSessionConfiguration config = KieServices.Factory.get().newKieSessionConfiguration();
    config.setOption(ClockTypeOption.PSEUDO);
    session = rules.kieBase().newKieSession(config, null);
    clock = session.getSessionClock();
    actions = new Actions(rules.queues().keySet());
    if (declaresActions(session)) session.setGlobal("actions", actions);
    session.addEventListener(new DefaultAgendaEventListener() {
      @Override
      public void beforeMatchFired(BeforeMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        actions.ruleFiring(rule, () -> Explanation.of(event.getMatch()));
        if (fired != null) fired.add(rule);
      }
    });
    this.brand = session.insert(brand);
    open.forEach(crisis -> crises.put(crisis.getId(), session.insert(crisis)));
    for (Comment comment : recent) {
      advanceTo(comment.getEventTime());
      session.insert(comment);
    }
    actions.processing(null, clock.getCurrentTime());
    fire();
  }

  /** Inserts the comment at its event time, fires the rules and returns what they recorded. */
  Actions.Recorded decide(Comment comment) {
    advanceTo(comment.getEventTime());
    actions.processing(comment, Math.max(comment.getEventTime(), clock.getCurrentTime()));
    session.insert(comment);
    return fire();
  }

  /**
   * Lets the rules escalate an item that passed its due time. The clock stays where the brand's
   * comments put it: an overdue item is a fact, not an event.
   */
  Actions.Recorded overdue(Overdue overdue) {
    actions.processing(overdue.getComment(), clock.getCurrentTime());
    FactHandle handle = session.insert(overdue);
    try {
      return fire();
    } finally {
      session.delete(handle);
    }
  }

  /** The rule set this session runs: the one active when it started. */
  CompiledRules rules() {
    return rules;
  }


  void brand(Brand settings) {
    session.update(brand, settings);
    actions.processing(null, clock.getCurrentTime());
    fire();
  }

  void crisisOpened(Crisis crisis) {
    FactHandle old = crises.put(crisis.getId(), session.insert(crisis));
    if (old != null) session.delete(old);
    actions.processing(null, clock.getCurrentTime());
    fire();
  }

  void crisisClosed(String id) {
    FactHandle handle = crises.remove(id);
    if (handle == null) return;
    session.delete(handle);
    actions.processing(null, clock.getCurrentTime());
    fire();
  }

  private Actions.Recorded fire() {
    try {
      int fired = session.fireAllRules(MAX_FIRINGS);
      if (fired >= MAX_FIRINGS) {
        actions.drainAll();
        throw new RuleFailure("rules fired " + MAX_FIRINGS + " times without settling: a chain of rules keeps re-activating", null);
      }
    } catch (RuntimeException | StackOverflowError e) {
      actions.drainAll();
      if (e instanceof RuleFailure failure) throw failure;
      throw new RuleFailure(rootMessage(e), e);
    }
    return actions.drainAll();
  }

  private void advanceTo(long eventTime) {
    long delta = eventTime - clock.getCurrentTime();
    if (delta > 0) clock.advanceTime(delta, TimeUnit.MILLISECONDS);
  }

  private static boolean declaresActions(KieSession session) {
    return session.getKieBase().getKiePackages().stream()
        .flatMap(pkg -> pkg.getGlobalVariables().stream())
        .anyMatch(global -> global.getName().equals("actions"));
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
    String rule = e.getMessage() == null ? "" : e.getMessage();
    return cause == e ? rule : cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  void erase(String key) {
    for (Object fact : session.getObjects(object -> object instanceof Comment c && c.key().equals(key))) ((Comment) fact).erase();
  }

  @Override
  public void close() {
    session.dispose();
  }
}
