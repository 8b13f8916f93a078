package dev.crisisdesk.replay;

import dev.crisisdesk.crisis.IncidentBook;
import dev.crisisdesk.facts.Brand;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Crisis;
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
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Runs a stream of analyzed comments through a rule set in event time, in memory, as the service
 * would: the same sessions, the same incident books, and every routed item handed to the rules as
 * {@link Overdue} when event time passes its due time (nobody answers during a replay). What the
 * rules decided comes back as events, in order.
 */
public final class Replay implements AutoCloseable {
  /** Something the rules did during the replay, at an event time. */
  public sealed interface Event permits Decided, IncidentChanged, Escalated, Failed {
    String brand();

    long at();
  }

  public record Decided(String brand, String commentId, long at, Outcome outcome) implements Event {}

  public record IncidentChanged(String brand, String change, String id, String rule, Severity severity, long at,
      String reason, String commentId) implements Event {}

  public record Escalated(String brand, String commentId, long at, Escalation escalation) implements Event {}

  public record Failed(String brand, String commentId, long at, String error) implements Event {}

  private record Pending(Comment comment, String queue, int priority, long dueAt) {}

  private final CompiledRules rules;
  private final RuleEngine engine;
  private final Map<String, IncidentBook> books = new HashMap<>();
  private final PriorityQueue<Pending> due = new PriorityQueue<>(Comparator.comparingLong(Pending::dueAt));
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

  /** Feeds one comment: first the items that fell due before it, then the comment itself. */
  public List<Event> feed(Comment comment) {
    List<Event> events = new ArrayList<>();
    while (!due.isEmpty() && due.peek().dueAt() <= comment.getEventTime()) events.addAll(overdue(due.poll()));
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
    if (outcome.status() == Outcome.Status.QUEUED) {
      due.add(new Pending(comment, outcome.route().queue(), outcome.route().priority(), outcome.route().dueAt().toEpochMilli()));
    }
    IncidentBook book = book(brand);
    List<IncidentBook.Change> changes = book.plan(verdict.crises());
    book.apply(changes);
    for (IncidentBook.Change change : changes) {
      if (change instanceof IncidentBook.Opened o) {
        events.add(new IncidentChanged(brand, "opened", o.id(), o.rule(), o.severity(), o.at(), o.reason(), o.commentId()));
        engine.crisisOpened(brand, new Crisis(o.id(), o.rule(), o.severity(), o.at()));
      } else if (change instanceof IncidentBook.Escalated e) {
        events.add(new IncidentChanged(brand, "escalated", e.id(), e.rule(), e.severity(), e.at(), e.reason(), e.commentId()));
        book.open().stream().filter(open -> open.id().equals(e.id())).findFirst()
            .ifPresent(open -> engine.crisisOpened(brand, new Crisis(open.id(), open.rule(), open.severity(), open.openedAt())));
      }
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
    Comment comment = item.comment();
    QueueSpec queue = rules.queues().get(item.queue());
    Overdue overdue = new Overdue(comment.getId(), item.queue(), item.priority(), item.dueAt(),
        queue == null ? null : queue.escalateTo(), comment);
    try {
      return engine.overdue(comment.getBrand(), overdue).stream()
          .map(e -> (Event) new Escalated(comment.getBrand(), comment.getId(), item.dueAt(), e)).toList();
    } catch (RuleFailure e) {
      return List.of(new Failed(comment.getBrand(), comment.getId(), item.dueAt(), e.getMessage()));
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
