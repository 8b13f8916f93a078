package dev.crisisdesk.rules;

import dev.crisisdesk.facts.Actions;
import dev.crisisdesk.facts.Brand;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Crisis;
import dev.crisisdesk.facts.CrisisSignal;
import dev.crisisdesk.facts.Decision;
import dev.crisisdesk.facts.Escalation;
import dev.crisisdesk.facts.Overdue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the active rule set with one session per brand, so one brand's events never reach
 * another's windows. Callers must drive each brand from one thread at a time (the pipeline's
 * brand lanes do); different brands may run in parallel.
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

  /** What the rules decided about one comment, and the incidents they asked for. */
  public record Verdict(Outcome outcome, List<CrisisSignal> crises) {}

  private final Map<String, BrandSession> sessions = new ConcurrentHashMap<>();
  private final BrandFacts facts;
  private volatile CompiledRules rules;

  public RuleEngine(CompiledRules rules, BrandFacts facts) {
    this.rules = rules;
    this.facts = facts;
  }

  public CompiledRules rules() {
    return rules;
  }

  public Verdict decide(Comment comment) {
    CompiledRules active = rules;
    Actions.Recorded recorded = session(comment.getBrand()).decide(comment);
    List<Decision> decisions = recorded.decisions().stream()
        .filter(decision -> decision.commentKey().equals(comment.key()))
        .toList();
    return new Verdict(Outcome.of(comment, decisions, active.queues()), recorded.crises());
  }

  /** What the rules do with an item that passed its due time. */
  public List<Escalation> overdue(String brand, Overdue overdue) {
    return session(brand).overdue(overdue).escalations();
  }

  /** The brand's event time: the newest time its session has seen. */
  public long now(String brand) {
    return session(brand).now();
  }

  public void brandChanged(Brand brand) {
    BrandSession session = sessions.get(brand.getName());
    if (session != null) session.brand(brand);
  }

  public void crisisOpened(String brand, Crisis crisis) {
    session(brand).crisisOpened(crisis);
  }

  public void crisisClosed(String brand, String id) {
    BrandSession session = sessions.get(brand);
    if (session != null) session.crisisClosed(id);
  }

  private BrandSession session(String brand) {
    CompiledRules active = rules;
    return sessions.computeIfAbsent(brand,
        name -> new BrandSession(active, facts.brand(name, active.settings()), facts.openCrises(name), facts.recent(name)));
  }

  @Override
  public void close() {
    sessions.values().forEach(BrandSession::close);
    sessions.clear();
  }
}
