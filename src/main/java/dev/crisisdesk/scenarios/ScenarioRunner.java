package dev.crisisdesk.scenarios;

import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Decision;
import dev.crisisdesk.facts.Severity;
import dev.crisisdesk.replay.Replay;
import dev.crisisdesk.rules.CompiledRules;
import dev.crisisdesk.rules.Outcome;
import dev.crisisdesk.scenarios.Scenario.Expectation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs a scenario through a rule set in event time and checks each expectation. */
public final class ScenarioRunner {
  /** A scenario's result: each failed expectation with what happened instead, and the rules that fired. */
  public record Result(Scenario scenario, List<String> failures, Set<String> firedRules) {
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  private ScenarioRunner() {}

  public static Result run(CompiledRules rules, Scenario scenario) {
    List<Replay.Event> events = new ArrayList<>();
    Set<String> fired;
    try (Replay replay = new Replay(rules, scenario.settings())) {
      for (Comment comment : scenario.comments()) events.addAll(replay.feed(comment));
      fired = replay.firedRules();
    }
    // where each comment ended: an item that moved with an incident is where the incident put it
    Map<String, Replay.Event> outcomes = new HashMap<>();
    Replay.outcomes(events).values().forEach(d -> outcomes.put(d.commentId(), d));
    for (Replay.Event event : events) if (event instanceof Replay.Failed f) outcomes.putIfAbsent(f.commentId(), f);
    List<String> failures = new ArrayList<>();
    for (Expectation expectation : scenario.expectations()) {
      String actual = check(expectation, events, outcomes);
      if (actual != null) failures.add(scenario.file() + ":" + expectation.line() + ": " + expectation.text() + "\n    but " + actual);
    }
    return new Result(scenario, failures, fired);
  }

  /** Null when the expectation holds, else what happened instead. */
  private static String check(Expectation e, List<Replay.Event> events, Map<String, Replay.Event> outcomes) {
    return switch (e.kind()) {
      case INCIDENT -> incident(e, events);
      case ESCALATION -> escalation(e, events);
      default -> {
        Replay.Event outcome = outcomes.get(e.subject());
        if (outcome == null) yield "there is no comment " + e.subject() + " in the scenario";
        boolean holds = switch (e.kind()) {
          case STATUS -> status(e.args(), outcome);
          case RULE -> decisions(outcome).stream().anyMatch(d -> d.rule().equals(e.args().get(0)));
          default -> decisions(outcome).stream().anyMatch(d -> action(e.args(), d));
        };
        yield holds != e.negated() ? null : describe(e.subject(), outcome);
      }
    };
  }

  private static boolean status(List<String> args, Replay.Event outcome) {
    if (outcome instanceof Replay.Failed) return args.get(0).equals("failed");
    Outcome o = ((Replay.Decided) outcome).outcome();
    if (!o.status().name().toLowerCase(Locale.ROOT).equals(args.get(0))) return false;
    if (args.size() > 1 && (o.route() == null || !o.route().queue().equals(args.get(1)))) return false;
    return args.size() <= 2 || String.valueOf(o.route().priority()).equals(args.get(2));
  }

  private static boolean action(List<String> args, Decision d) {
    if (!d.action().label().equals(args.get(0))) return false;
    return args.size() < 2 || d.args().values().stream().anyMatch(value -> String.valueOf(value).equals(args.get(1)));
  }

  private static List<Decision> decisions(Replay.Event outcome) {
    return outcome instanceof Replay.Decided d ? d.outcome().decisions() : List.of();
  }

  private static String incident(Expectation e, List<Replay.Event> events) {
    String rule = null;
    Severity severity = null;
    String at = null;
    for (int i = 0; i < e.args().size(); i++) {
      String arg = e.args().get(i);
      if (arg.equals("at") && i + 1 < e.args().size()) at = e.args().get(++i);
      else if (Set.of("low", "medium", "high", "critical").contains(arg)) severity = Severity.ofLabel(arg);
      else rule = arg;
    }
    List<Replay.IncidentChanged> changes = events.stream().filter(ev -> ev instanceof Replay.IncidentChanged)
        .map(ev -> (Replay.IncidentChanged) ev).toList();
    String wantedRule = rule;
    Severity wantedSeverity = severity;
    String wantedAt = at;
    boolean holds = changes.stream().anyMatch(c -> (wantedRule == null || c.rule().equals(wantedRule))
        && (wantedSeverity == null || c.severity() == wantedSeverity)
        && (wantedAt == null || (c.change().equals("opened") && wantedAt.equals(c.commentId()))));
    if (holds != e.negated()) return null;
    if (changes.isEmpty()) return "no incident was opened";
    return "the incidents were: " + changes.stream()
        .map(c -> c.change() + " \"" + c.rule() + "\" " + c.severity().label() + " at " + c.commentId())
        .collect(Collectors.joining("; "));
  }

  private static String escalation(Expectation e, List<Replay.Event> events) {
    List<Replay.Escalated> escalations = events.stream().filter(ev -> ev instanceof Replay.Escalated)
        .map(ev -> (Replay.Escalated) ev).toList();
    boolean holds = escalations.stream().anyMatch(x -> (e.subject() == null || x.commentId().equals(e.subject()))
        && (e.args().isEmpty() || x.escalation().queue().equals(e.args().get(0))));
    if (holds != e.negated()) return null;
    if (escalations.isEmpty()) return "nothing was escalated";
    return "the escalations were: " + escalations.stream()
        .map(x -> x.commentId() + " to " + x.escalation().queue() + " at " + x.escalation().priority())
        .collect(Collectors.joining("; "));
  }

  private static String describe(String id, Replay.Event outcome) {
    if (outcome instanceof Replay.Failed f) return id + " failed: " + f.error();
    Outcome o = ((Replay.Decided) outcome).outcome();
    String status = o.status().name().toLowerCase(Locale.ROOT)
        + (o.route() == null ? "" : " in " + o.route().queue() + " at priority " + o.route().priority());
    String decisions = o.decisions().isEmpty() ? "no rule decided anything" : o.decisions().stream()
        .map(d -> d.action().label() + (d.args().isEmpty() ? "" : " " + d.namedArgs()) + " by \"" + d.rule() + "\"")
        .collect(Collectors.joining(", "));
    return id + " was " + status + " (" + decisions + ")";
  }
}
