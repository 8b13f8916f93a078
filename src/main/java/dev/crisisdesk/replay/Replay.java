package dev.crisisdesk.replay;

import dev.crisisdesk.crisis.IncidentBook;
import dev.crisisdesk.facts.Brand;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Crisis;
import dev.crisisdesk.facts.Decision;
import dev.crisisdesk.facts.Escalation;
import dev.crisisdesk.facts.Overdue;
import dev.crisisdesk.facts.Severity;
import dev.crisisdesk.rules.BrandSettings;
import dev.crisisdesk.rules.CompiledRules;
import dev.crisisdesk.rules.Outcome;
import dev.crisisdesk.rules.QueueSpec;
import dev.crisisdesk.rules.RuleEngine;
import dev.crisisdesk.rules.RuleFailure;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Runs a stream of analyzed comments through a rule set in event time, in memory, as the service
 * would: the same sessions, the same incident books, every routed item handed to the rules as
 * {@link Overdue} when event time passes its due time (nobody answers during a replay), and, when an
 * incident opens or rises, the comments the rules now route joining it, their items moving to the
 * queue the rules name (the crisis queue, in the default plan). What the rules decided comes back as
 * events, in order.
 */
public final class Replay implements AutoCloseable {
  /** Something the rules did during the replay, at an event time. */
  public sealed interface Event permits Decided, IncidentChanged, Joined, Escalated, Failed {
    String brand();

    long at();
  }

  public record Decided(String brand, String commentId, long at, Outcome outcome) implements Event {
    /** This outcome after the comment's item moved with an incident (the decision that moved it added). */
    public Decided movedBy(Joined joined) {
      List<Decision> decisions = new ArrayList<>(outcome.decisions());
      String key = decisions.isEmpty() ? brand + "//" + commentId : decisions.get(0).commentKey();
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("queue", joined.queue());
      args.put("priority", joined.priority());
      args.put("incident", joined.incidentId());
      decisions.add(new Decision(key, Decision.Action.ROUTE, args, joined.rule()));
      Outcome.Route route = outcome.route();
      return new Decided(brand, commentId, at, new Outcome(outcome.status(), decisions,
          new Outcome.Route(joined.queue(), joined.priority(), route.dueAt(), route.rules())));
    }
  }

  /**
   * A comment joined an incident because the rules route it now that the incident is open; {@code moved}
   * when its item was waiting in another queue and moved to {@code queue} at {@code priority} (the
   * higher of its own and the decision's), as the service moves it.
   */
  public record Joined(String brand, String commentId, long at, String incidentId, String queue, int priority, String rule,
      boolean moved) implements Event {}

  public record IncidentChanged(String brand, String change, String id, String rule, Severity severity, long at,
      String reason, String commentId) implements Event {}

  public record Escalated(String brand, String commentId, long at, Escalation escalation) implements Event {}

  public record Failed(String brand, String commentId, long at, String error) implements Event {}

  /** A routed item not yet due; its queue and priority change when it moves with an incident. */
  private static final class Pending {
    final Comment comment;
    final long dueAt;
    String queue;
    int priority;

    Pending(Comment comment, String queue, int priority, long dueAt) {
      this.comment = comment;
      this.queue = queue;
      this.priority = priority;
      this.dueAt = dueAt;
    }
  }

  private final CompiledRules rules;
  private final RuleEngine engine;
  private final Map<String, IncidentBook> books = new HashMap<>();
  private final PriorityQueue<Pending> due = new PriorityQueue<>(Comparator.comparingLong(p -> p.dueAt));
  /** The items not yet due, by comment key: those an incident can still move. */
  private final Map<String, Pending> waiting = new HashMap<>();
  private int incidents;

  public Replay(CompiledRules rules) {
    this(rules, null);
  }

  /** {@code settings}: brand settings over the rule set's defaults for every brand (a scenario's {@code settings} line), or null. */
  public Replay(CompiledRules rules, JsonObject settings) {
    this.rules = rules;
    this.engine = new RuleEngine(rules, settings == null ? RuleEngine.BrandFacts.NONE : new RuleEngine.BrandFacts() {
      @Override
      public Brand brand(String name, BrandSettings defaults) {
        List<String> problems = new ArrayList<>();
        BrandSettings given = defaults.with(settings, problems);
        if (!problems.isEmpty()) throw new IllegalArgumentException("settings: " + String.join("; ", problems));
        return given.fact(name);
      }

      @Override
      public List<Crisis> openCrises(String name) {
        return List.of();
      }

      @Override
      public List<Comment> recent(String name) {
        return List.of();
      }
    }, true);
  }

  /**
   * Where each comment ended, by "brand/commentId": its decided outcome, with its item where an
   * incident moved it. (A failed comment has none.)
   */
  public static Map<String, Decided> outcomes(List<Event> events) {
    Map<String, Decided> out = new LinkedHashMap<>();
    for (Event event : events) {
      if (event instanceof Decided d) out.put(d.brand() + "/" + d.commentId(), d);
      if (event instanceof Joined j && j.moved()) out.computeIfPresent(j.brand() + "/" + j.commentId(), (key, d) -> d.movedBy(j));
    }
    return out;
  }

  /** Feeds one comment: first the items that fell due before it, then the comment itself. */
  public List<Event> feed(Comment comment) {
    List<Event> events = new ArrayList<>();
    while (!due.isEmpty() && due.peek().dueAt <= comment.getEventTime()) {
      Pending item = due.poll();
      waiting.remove(item.comment.key());
      events.addAll(overdue(item));
    }
    String brand = comment.getBrand();
    RuleEngine.Verdict verdict;
    try {
      verdict = engine.decide(comment);
    } catch (RuleFailure e) {
      events.add(new Failed(brand, comment.getId(), comment.getEventTime(), e.getMessage()));
      return events;
    }
    Outcome outcome = verdict.outcome();
    events.add(new Decided(brand, comment.getId(), comment.getEventTime(), outcome));
    // routed with an open incident in view: the comment joins it where it was routed (nothing moves)
    Map<String, String> joinedBy = new LinkedHashMap<>();
    for (Decision d : outcome.decisions()) if (d.joinedIncident() != null) joinedBy.putIfAbsent(d.joinedIncident(), d.rule());
    joinedBy.forEach((incident, rule) -> events.add(new Joined(brand, comment.getId(), comment.getEventTime(), incident,
        outcome.route() == null ? null : outcome.route().queue(), outcome.route() == null ? 0 : outcome.route().priority(), rule, false)));
    if (outcome.status() == Outcome.Status.QUEUED) {
      Pending item = new Pending(comment, outcome.route().queue(), outcome.route().priority(), outcome.route().dueAt().toEpochMilli());
      due.add(item);
      waiting.put(comment.key(), item);
    }
    IncidentBook book = book(brand);
    List<IncidentBook.Change> changes = book.plan(verdict.crises());
    book.apply(changes);
    for (IncidentBook.Change change : changes) {
      if (change instanceof IncidentBook.Opened o) {
        events.add(new IncidentChanged(brand, "opened", o.id(), o.rule(), o.severity(), o.at(), o.reason(), o.commentId()));
        events.addAll(gather(brand, new Crisis(o.id(), o.rule(), o.severity(), o.at()), o.at()));
      } else if (change instanceof IncidentBook.Escalated e) {
        events.add(new IncidentChanged(brand, "escalated", e.id(), e.rule(), e.severity(), e.at(), e.reason(), e.commentId()));
        book.open().stream().filter(open -> open.id().equals(e.id())).findFirst()
            .ifPresent(open -> events.addAll(gather(brand, new Crisis(open.id(), open.rule(), open.severity(), open.openedAt()), e.at())));
      }
    }
    return events;
  }

  /**
   * Tells the rules an incident opened or rose, as the service does: every comment they now route
   * joins it, and a waiting item in another queue moves to the one they name. (An item already past
   * its due time is not followed here: the replay hands it to the escalation rules and lets it go.)
   */
  private List<Event> gather(String brand, Crisis crisis, long at) {
    List<Event> events = new ArrayList<>();
    for (Decision decision : engine.crisisOpened(brand, crisis)) {
      if (decision.action() != Decision.Action.ROUTE) continue;
      String queue = String.valueOf(decision.args().get("queue"));
      int priority = ((Number) decision.args().get("priority")).intValue();
      Pending item = waiting.get(decision.commentKey());
      boolean moved = item != null && !item.queue.equals(queue);
      if (moved) {
        item.queue = queue;
        item.priority = Math.max(item.priority, priority);
      }
      events.add(new Joined(brand, decision.commentKey().split("/", 3)[2], at, crisis.getId(), queue,
          moved ? item.priority : priority, decision.rule(), moved));
    }
    return events;
  }

  /** The brand's incident book; resolving an incident in it ends its Crisis fact too. */
  public IncidentBook book(String brand) {
    return books.computeIfAbsent(brand, name -> new IncidentBook(() -> name + "-" + (++incidents), List.of(), Map.of()) {
      @Override
      public void resolved(String id, long coolUntil) {
        super.resolved(id, coolUntil);
        engine.crisisClosed(name, id);
      }
    });
  }

  private List<Event> overdue(Pending item) {
    Comment comment = item.comment;
    QueueSpec queue = rules.queues().get(item.queue);
    Overdue overdue = new Overdue(comment.getId(), item.queue, item.priority, item.dueAt,
        queue == null ? null : queue.escalateTo(), comment);
    try {
      return engine.overdue(comment.getBrand(), overdue).stream()
          .map(e -> (Event) new Escalated(comment.getBrand(), comment.getId(), item.dueAt, e)).toList();
    } catch (RuleFailure e) {
      return List.of(new Failed(comment.getBrand(), comment.getId(), item.dueAt, e.getMessage()));
    }
  }

  /** The names of the rules that fired during the replay. */
  public Set<String> firedRules() {
    return engine.firedRules();
  }


  @Override
  public void close() {
    engine.close();
  }
}
