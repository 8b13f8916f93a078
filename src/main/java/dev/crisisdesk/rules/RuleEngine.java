package dev.crisisdesk.rules;

import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Decision;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the active rule set with one session per brand. Callers must drive each brand from one
 * thread at a time (the pipeline's brand lanes do); different brands may run in parallel.
 */
public final class RuleEngine implements AutoCloseable {
  private final Map<String, BrandSession> sessions = new ConcurrentHashMap<>();
  private volatile CompiledRules rules;

  public RuleEngine(CompiledRules rules) {
    this.rules = rules;
  }

  public CompiledRules rules() {
    return rules;
  }

  /** What the rules decide about this comment, in the order they decided it. */
  public Outcome decide(Comment comment) {
    CompiledRules active = rules;
    BrandSession session = sessions.computeIfAbsent(comment.getBrand(), brand -> new BrandSession(active));
    List<Decision> decisions = session.decide(comment).stream()
        .filter(decision -> decision.commentKey().equals(comment.key()))
        .toList();
    return Outcome.of(comment, decisions, active.queues());
  }

  @Override
  public void close() {
    sessions.values().forEach(BrandSession::close);
    sessions.clear();
  }
}
