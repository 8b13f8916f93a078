package dev.crisisdesk.rules;

import dev.crisisdesk.facts.Actions;
import dev.crisisdesk.facts.Brand;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Crisis;
import dev.crisisdesk.facts.Overdue;
import dev.crisisdesk.nlp.Terms;
import dev.crisisdesk.rules.sandbox.Budget;
import dev.crisisdesk.rules.sandbox.BudgetExceeded;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 *
 * <p>Every call into the engine runs under a {@link Budget}: rule code that loops, recurses or
 * allocates past it is stopped and the call fails with a {@link RuleFailure}, as does a
 * {@link StackOverflowError} or {@link OutOfMemoryError} raised in rules. A session that failed
 * may be half-way through a propagation, so its owner discards it ({@link RuleEngine} does).
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
  private final Set<String> fired;
  private final Map<String, FactHandle> crises = new HashMap<>();
  private final Budget.Limits limits;

  /**
   * A session with the brand's settings and open incidents, its windows refilled from
   * {@code recent} comments (already processed: what the rules do with them now is discarded).
   */
  BrandSession(CompiledRules rules, Brand brand, List<Crisis> open, List<Comment> recent, Set<String> fired,
      Budget.Limits limits) {
    this.fired = fired;
    this.rules = rules;
    this.limits = limits;
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
    // a replay of the brand's windows may cost what that many comments cost
    try {
      replay(brand, open, recent);
    } catch (RuleFailure e) {
      session.dispose();
      throw e;
    }
  }

  private void replay(Brand brand, List<Crisis> open, List<Comment> recent) {
    guarded(limits.times(1 + recent.size() / 20), () -> {
      this.brand = session.insert(brand);
      open.forEach(crisis -> crises.put(crisis.getId(), session.insert(withTerms(crisis, recent))));
      for (Comment comment : recent) {
        advanceTo(comment.getEventTime());
        session.insert(comment);
      }
      actions.processing(null, clock.getCurrentTime());
      return fireAll();
    });
  }

  /** Inserts the comment at its event time, fires the rules and returns what they recorded. */
  Actions.Recorded decide(Comment comment) {
    return guarded(limits, () -> {
      advanceTo(comment.getEventTime());
      actions.processing(comment, Math.max(comment.getEventTime(), clock.getCurrentTime()));
      session.insert(comment);
      return fireAll();
    });
  }

  /**
   * Lets the rules escalate an item that passed its due time. The clock stays where the brand's
   * comments put it: an overdue item is a fact, not an event.
   */
  Actions.Recorded overdue(Overdue overdue) {
    return guarded(limits, () -> {
      actions.processing(overdue.getComment(), clock.getCurrentTime());
      FactHandle handle = session.insert(overdue);
      try {
        return fireAll();
      } finally {
        session.delete(handle);
      }
    });
  }

  /** The rule set this session runs: the one active when it started. */
  CompiledRules rules() {
    return rules;
  }


  void brand(Brand settings) {
    guarded(limits, () -> {
      session.update(brand, settings);
      actions.processing(null, clock.getCurrentTime());
      return fireAll();
    });
  }

  /**
   * Inserts an opened (or escalated) incident, with the terms of the comments that made it; what the
   * rules now decide about the comments in the session.
   */
  Actions.Recorded crisisOpened(Crisis crisis) {
    return guarded(limits, () -> {
      List<Comment> comments = new ArrayList<>();
      for (Object fact : session.getObjects(fact -> fact instanceof Comment)) comments.add((Comment) fact);
      FactHandle old = crises.put(crisis.getId(), session.insert(withTerms(crisis, comments)));
      if (old != null) session.delete(old);
      actions.processing(null, clock.getCurrentTime());
      return fireAll();
    });
  }

  /** How far back from its opening a comment counts as one of those that made an incident. */
  static final long CAUSES_MILLIS = 15 * 60_000L;

  /**
   * The incident with its terms: what its causes (the negative comments, and those that say a watch
   * term, of the quarter hour before it opened) say more than the comments before them. Terms the
   * caller already gave stay.
   */
  private Crisis withTerms(Crisis crisis, List<Comment> comments) {
    if (!crisis.getTerms().isEmpty()) return crisis;
    Brand settings = (Brand) session.getObject(brand);
    long from = crisis.getOpenedAt() - CAUSES_MILLIS;
    List<String> causes = new ArrayList<>();
    List<String> before = new ArrayList<>();
    for (Comment comment : comments) {
      long at = comment.getEventTime();
      if (at > crisis.getOpenedAt() || comment.getText() == null) continue;
      if (at < from) before.add(comment.getText());
      else if (comment.isNegative() || settings != null && settings.watched(comment)) causes.add(comment.getText());
    }
    return crisis.withTerms(Terms.unusual(causes, before).stream().map(Terms.Term::term).toList());
  }

  void crisisClosed(String id) {
    guarded(limits, () -> {
      FactHandle handle = crises.remove(id);
      if (handle == null) return null;
      session.delete(handle);
      actions.processing(null, clock.getCurrentTime());
      return fireAll();
    });
  }

  private Actions.Recorded fireAll() {
    int fired = session.fireAllRules(MAX_FIRINGS);
    if (fired >= MAX_FIRINGS) {
      throw new RuleFailure("rules fired " + MAX_FIRINGS + " times without settling: a chain of rules keeps re-activating", null);
    }
    return actions.drainAll();
  }

  /**
   * Runs engine work under the budget. Whatever rule code throws, or the budget stops, becomes a
   * {@link RuleFailure} naming the cause; what the rules recorded before it is dropped.
   */
  private Actions.Recorded guarded(Budget.Limits budget, Supplier<Actions.Recorded> work) {
    try {
      return Budget.run(budget, work);
    } catch (RuleFailure e) {
      actions.drainAll();
      throw e;
    } catch (BudgetExceeded e) {
      actions.drainAll();
      throw new RuleFailure("stopped: " + e.getMessage(), e);
    } catch (StackOverflowError e) {
      actions.drainAll();
      throw new RuleFailure("stopped: rules recursed too deeply (StackOverflowError)", null);
    } catch (OutOfMemoryError e) {
      actions.drainAll();
      throw new RuleFailure("stopped: rules ran out of memory (" + e.getMessage() + ")", null);
    } catch (RuntimeException e) {
      actions.drainAll();
      BudgetExceeded budgetStop = cause(e, BudgetExceeded.class);
      if (budgetStop != null) throw new RuleFailure("stopped: " + budgetStop.getMessage(), e);
      throw new RuleFailure(rootMessage(e), e);
    }
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) if (type.isInstance(c)) return type.cast(c);
    return null;
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
    guarded(limits, () -> {
      for (Object fact : session.getObjects(object -> object instanceof Comment c && c.key().equals(key))) ((Comment) fact).erase();
      return null;
    });
  }

  @Override
  public void close() {
    session.dispose();
  }
}
