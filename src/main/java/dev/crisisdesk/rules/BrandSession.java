package dev.crisisdesk.rules;

import dev.crisisdesk.facts.Actions;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Decision;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieServices;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.time.SessionPseudoClock;

/**
 * One brand's STREAM session on a pseudo clock that follows event time: the clock only moves
 * forward, to the newest {@code createdAt} seen. Not thread-safe: one thread drives it at a time.
 */
final class BrandSession implements AutoCloseable {
  private final KieSession session;
  private final SessionPseudoClock clock;
  private final Actions actions;

  BrandSession(CompiledRules rules) {
    KieSessionConfiguration config = KieServices.Factory.get().newKieSessionConfiguration();
    config.setOption(ClockTypeOption.PSEUDO);
    session = rules.kieBase().newKieSession(config, null);
    clock = session.getSessionClock();
    actions = new Actions(rules.queues().keySet());
    if (declaresActions(session)) session.setGlobal("actions", actions);
    session.addEventListener(new DefaultAgendaEventListener() {
      @Override
      public void beforeMatchFired(BeforeMatchFiredEvent event) {
        actions.ruleFiring(event.getMatch().getRule().getName());
      }
    });
  }

  /** Inserts the comment at its event time, fires the rules and returns what they decided. */
  List<Decision> decide(Comment comment) {
    advanceTo(comment.getEventTime());
    session.insert(comment);
    try {
      session.fireAllRules();
    } catch (RuntimeException e) {
      actions.drain();
      throw new RuleFailure(rootMessage(e), e);
    }
    return actions.drain();
  }

  long eventCount() {
    return session.getFactCount();
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

  @Override
  public void close() {
    session.dispose();
  }
}
