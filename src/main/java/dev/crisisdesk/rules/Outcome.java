package dev.crisisdesk.rules;

import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Decision;
import dev.crisisdesk.facts.Decision.Action;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What happens to a comment once its decisions are weighed: {@code hide} beats everything,
 * {@code ignore} beats {@code route}, among routes the highest priority wins (the first on a tie),
 * and {@code prioritize} can only raise the winner's priority.
 */
public record Outcome(Status status, List<Decision> decisions, Route route) {
  public enum Status { QUEUED, HIDDEN, IGNORED }

  /** The queue item the comment gets, and the rules that put it there. */
  public record Route(String queue, int priority, Instant dueAt, List<String> rules) {}

  public Outcome {
    decisions = List.copyOf(decisions);
  }

  public static Outcome of(Comment comment, List<Decision> decisions, Map<String, QueueSpec> queues) {
    if (any(decisions, Action.HIDE)) return new Outcome(Status.HIDDEN, decisions, null);
    if (any(decisions, Action.IGNORE)) return new Outcome(Status.IGNORED, decisions, null);
    Decision winner = decisions.stream()
        .filter(d -> d.action() == Action.ROUTE)
        .max(Comparator.comparingInt((Decision d) -> (Integer) d.args().get("priority"))
            .thenComparing(d -> -decisions.indexOf(d)))
        .orElse(null);
    if (winner == null) return new Outcome(Status.IGNORED, decisions, null);
    int priority = decisions.stream()
        .filter(d -> d.action() == Action.PRIORITIZE || d == winner)
        .mapToInt(d -> (Integer) d.args().get("priority"))
        .max().orElseThrow();
    String queue = (String) winner.args().get("queue");
    int dueMinutes = (Integer) winner.args().getOrDefault("dueMinutes", queues.get(queue).slaMinutes());
    Instant dueAt = comment.getCreatedAt().plus(Duration.ofMinutes(dueMinutes));
    List<String> rules = decisions.stream()
        .filter(d -> d.action() != Action.ROUTE || d == winner)
        .map(Decision::rule).distinct().toList();
    return new Outcome(Status.QUEUED, decisions, new Route(queue, priority, dueAt, rules));
  }

  private static boolean any(List<Decision> decisions, Action action) {
    return decisions.stream().anyMatch(d -> d.action() == action);
  }
}
