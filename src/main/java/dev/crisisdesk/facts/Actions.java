package dev.crisisdesk.facts;

import dev.crisisdesk.facts.Decision.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The global {@code actions} of every rule file: how a rule says what should happen to a comment.
 * Each call records a {@link Decision} carrying the name of the rule that made it; nothing changes
 * the comment itself. When decisions conflict, {@code hide} beats everything, {@code ignore} beats
 * {@code route}, and among routes the highest priority wins.
 *
 * <pre>
 * global Actions actions
 * rule "Questions get a reply"
 * when $c : Comment( question )
 * then actions.route($c, "questions", 40);
 * end
 * </pre>
 *
 * <p>One instance serves one brand's session, which one thread drives at a time.
 */
public final class Actions {
  private final Set<String> queues;
  private final List<Decision> recorded = new ArrayList<>();
  private final List<CrisisSignal> crises = new ArrayList<>();
  private final List<Escalation> escalations = new ArrayList<>();
  private String currentRule = "";
  private Supplier<Map<String, Object>> currentFacts = Map::of;
  private Map<String, Object> explained;
  private Comment currentComment;
  private long now;

  public Actions(Set<String> queues) {
    this.queues = Set.copyOf(queues);
  }

  /** Puts the comment in a reply queue with a priority from 0 to 100, due by the queue's SLA. */
  public void route(Comment comment, String queue, int priority) {
    checkQueue(queue);
    record(comment, Action.ROUTE, Map.of("queue", queue, "priority", checkPriority(priority)));
  }

  /** Like {@link #route(Comment, String, int)}, due within {@code dueMinutes} of its creation. */
  public void route(Comment comment, String queue, int priority, int dueMinutes) {
    checkQueue(queue);
    if (dueMinutes < 1) throw new IllegalArgumentException("dueMinutes < 1: " + dueMinutes);
    record(comment, Action.ROUTE, Map.of(
        "queue", queue, "priority", checkPriority(priority), "dueMinutes", dueMinutes));
  }

  /** Raises the priority of the comment's item to at least {@code priority}. */
  public void prioritize(Comment comment, int priority) {
    record(comment, Action.PRIORITIZE, Map.of("priority", checkPriority(priority)));
  }

  /** Marks the comment for a person's attention, with the reason shown to managers. */
  public void flag(Comment comment, String reason) {
    record(comment, Action.FLAG, Map.of("reason", reason));
  }

  /** Hides the comment on its platform (through the outbox); it gets no queue item. */
  public void hide(Comment comment, String reason) {
    record(comment, Action.HIDE, Map.of("reason", reason));
  }

  public void tag(Comment comment, String tag) {
    record(comment, Action.TAG, Map.of("tag", tag));
  }

  /** Processes the comment without queueing it, even if another rule routed it. */
  public void ignore(Comment comment, String reason) {
    record(comment, Action.IGNORE, Map.of("reason", reason));
  }

  /** Offers a reply text to the manager who answers the comment. */
  public void suggest(Comment comment, String reply) {
    record(comment, Action.SUGGEST, Map.of("text", reply));
  }

  /** Asks for a person above the queue to look at the comment. */
  public void escalate(Comment comment, String reason) {
    record(comment, Action.ESCALATE, Map.of("reason", reason));
  }

  /**
   * Opens an incident for the brand in the name of this rule; while the brand has an open incident
   * (this rule's or another's) it joins that one instead, raising its severity when higher. The
   * comment being processed joins the incident's comments.
   */
  public void openCrisis(Severity severity, String reason) {
    if (severity == null) throw new IllegalArgumentException("openCrisis without a severity");
    crises.add(new CrisisSignal(currentRule, severity, reason, currentComment == null ? null : currentComment.getId(), now, false));
  }

  /** As {@link #openCrisis}, but the rule keeps an incident of its own, apart from the brand's other incidents. */
  public void openOwnCrisis(Severity severity, String reason) {
    if (severity == null) throw new IllegalArgumentException("openOwnCrisis without a severity");
    crises.add(new CrisisSignal(currentRule, severity, reason, currentComment == null ? null : currentComment.getId(), now, true));
  }

  /** Moves an overdue item to a queue, raising its priority to at least {@code priority}. */
  public void escalateTo(Overdue overdue, String queue, int priority, String reason) {
    checkQueue(queue);
    escalations.add(new Escalation(overdue.getItemId(), queue, checkPriority(priority), reason, currentRule));
  }

  /** Called by the engine before it inserts a comment or advances the clock. */
  public void processing(Comment comment, long now) {
    this.currentComment = comment;
    this.now = now;
  }

  /** Everything recorded since the last drain. */
  public record Recorded(List<Decision> decisions, List<CrisisSignal> crises, List<Escalation> escalations) {}

  public Recorded drainAll() {
    Recorded out = new Recorded(List.copyOf(recorded), List.copyOf(crises), List.copyOf(escalations));
    recorded.clear();
    crises.clear();
    escalations.clear();
    return out;
  }

  /** Called by the engine before each rule fires, so decisions carry the rule's name. */
  public void ruleFiring(String rule) {
    ruleFiring(rule, Map::of);
  }

  /** As {@link #ruleFiring(String)}, with the facts that matched, worked out only if the rule decides something. */
  public void ruleFiring(String rule, Supplier<Map<String, Object>> facts) {
    currentRule = rule;
    currentFacts = facts;
    explained = null;
  }

  private void record(Comment comment, Action action, Map<String, Object> args) {
    if (comment == null) throw new IllegalArgumentException(action.label() + " without a comment");
    if (explained == null) explained = currentFacts.get();
    recorded.add(new Decision(comment.key(), action, args, currentRule, explained));
  }

  private void checkQueue(String queue) {
    if (!queues.contains(queue)) {
      throw new IllegalArgumentException("route to undeclared queue '" + queue + "' (queues.json declares " + queues + ")");
    }
  }

  private static int checkPriority(int priority) {
    if (priority < 0 || priority > 100) throw new IllegalArgumentException("priority outside 0..100: " + priority);
    return priority;
  }
}
