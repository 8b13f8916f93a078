package dev.crisisdesk.cli;

import dev.crisisdesk.comments.PostedComment;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Decision;
import dev.crisisdesk.facts.Sentiment;
import dev.crisisdesk.ingest.CommentValidator;
import dev.crisisdesk.nlp.Analysis;
import dev.crisisdesk.nlp.Analyzer;
import dev.crisisdesk.nlp.SignalReader;
import dev.crisisdesk.replay.Comparison;
import dev.crisisdesk.replay.Replay;
import dev.crisisdesk.rules.CompiledRules;
import dev.crisisdesk.rules.InvalidRulesException;
import dev.crisisdesk.rules.RuleCompiler;
import dev.crisisdesk.rules.RuleFiles;
import dev.crisisdesk.rules.RuleFinding;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rules replay}: a stream of comments (NDJSON, event time from {@code createdAt}) through a
 * rule set at full speed, reporting incidents with when and why, and what was decided. A line may
 * carry {@code sentiment} and {@code toxicity} as the service reports them; then its NLP is skipped.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, description = "Run a stream of comments through a rule set in event time.")
final class ReplayCommand implements Callable<Integer> {
  enum Format { text, json }

  @Option(names = "--rules", required = true, description = "The rule set folder.")
  Path rules;

  @Option(names = "--baseline", description = "A rule set to compare with: report what --rules changes against it.")
  Path baseline;

  @Option(names = "--comments", required = true, description = "NDJSON, one comment per line.")
  Path comments;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @picocli.CommandLine.Mixin
  ModelOptions nlp;

  private Analyzer analyzer;
  private SignalReader signals;

  @Override
  public Integer call() throws IOException {
    CompiledRules compiled = compile(rules);
    CompiledRules old = baseline == null ? null : compile(baseline);
    if (compiled == null || (baseline != null && old == null)) return 1;
    List<Comment> stream = new ArrayList<>();
    String problem = read(stream);
    if (problem != null) {
      System.err.println(problem);
      return 2;
    }
    long started = System.nanoTime();
    List<Replay.Event> events = replay(compiled, stream);
    double seconds = (System.nanoTime() - started) / 1e9;
    if (old != null) {
      Comparison comparison = new Comparison(replay(old, stream), events);
      if (format == Format.json) {
        comparison.changes().values().forEach(changes -> changes.forEach(c -> System.out.println(c.json().encode())));
        comparison.incidentsGained().forEach(i -> System.out.println(new JsonObject().put("type", "incident").put("change", "gained").put("incident", i).encode()));
        comparison.incidentsLost().forEach(i -> System.out.println(new JsonObject().put("type", "incident").put("change", "lost").put("incident", i).encode()));
      } else {
        System.out.printf("replayed %d comments through %s against the baseline %s%n", stream.size(), rules, baseline);
        System.out.print(comparison.summary(3));
      }
      return 0;
    }
    if (format == Format.json) events.forEach(event -> System.out.println(json(event).encode()));
    else text(System.out, stream, events, seconds);
    return 0;
  }

  private static List<Replay.Event> replay(CompiledRules rules, List<Comment> stream) {
    List<Replay.Event> events = new ArrayList<>();
    try (Replay replay = new Replay(rules)) {
      for (Comment comment : stream) events.addAll(replay.feed(comment));
    }
    return events;
  }

  /** The compiled set, or null after printing why it does not compile. */
  private static CompiledRules compile(Path dir) {
    try {
      return new RuleCompiler().compile(RuleFiles.load(dir));
    } catch (InvalidRulesException e) {
      e.findings().stream().map(RuleFinding::format).forEach(System.err::println);
    } catch (IllegalArgumentException e) {
      System.err.println(dir + ": " + e.getMessage());
    }
    return null;
  }

  /** Reads the comments; answers the first problem as {@code FILE:LINE: message}, or null. */
  private String read(List<Comment> stream) throws IOException {
    CommentValidator validator = new CommentValidator(Clock.systemUTC());
    try (BufferedReader reader = Files.newBufferedReader(comments, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank()) continue;
        JsonObject json;
        try {
          json = new JsonObject(line);
        } catch (DecodeException | ClassCastException e) {
          return comments + ":" + number + ": not a JSON object";
        }
        CommentValidator.Result result = validator.validate(List.of(json));
        if (!result.problems().isEmpty()) {
          JsonObject first = result.problems().getJsonObject(0);
          return comments + ":" + number + ": " + first.getString("field") + " " + first.getString("problem");
        }
        Analysis analysis;
        try {
          analysis = analysis(json, result.comments().get(0).text());
        } catch (IllegalArgumentException | ClassCastException e) {
          return comments + ":" + number + ": sentiment and toxicity must be as the service reports them: " + e.getMessage();
        }
        stream.add(result.comments().get(0).fact(analysis));
      }
    }
    return null;
  }

  private Analysis analysis(JsonObject json, String text) {
    Object sentiment = json.getValue("sentiment");
    if (sentiment == null) {
      if (analyzer == null) analyzer = nlp.load();
      return analyzer.analyze(text);
    }
    Sentiment label;
    double score;
    if (sentiment instanceof JsonObject object) {
      label = Sentiment.ofLabel(object.getString("label"));
      score = object.getDouble("score", 0.0);
    } else {
      label = Sentiment.ofLabel((String) sentiment);
      score = label.nominalScore();
    }
    if (signals == null) signals = SignalReader.load(nlp.models);
    return new Analysis(label, score, json.getDouble("toxicity", 0.0), json.getDouble("hate", 0.0), signals.read(text));
  }

  static JsonObject json(Replay.Event event) {
    JsonObject json = new JsonObject();
    if (event instanceof Replay.IncidentChanged i) {
      json.put("type", "incident").put("change", i.change()).put("id", i.id()).put("brand", i.brand())
          .put("severity", i.severity().label()).put(i.change().equals("opened") ? "openedAt" : "at", time(i.at()))
          .put("rule", i.rule()).put("reason", i.reason()).put("commentId", i.commentId());
    } else if (event instanceof Replay.Decided d) {
      JsonObject decisions = json.put("type", "comment").put("brand", d.brand()).put("commentId", d.commentId())
          .put("at", time(d.at())).put("status", d.outcome().status().name().toLowerCase(Locale.ROOT));
      if (d.outcome().route() != null) {
        decisions.put("queue", d.outcome().route().queue()).put("priority", d.outcome().route().priority());
      }
    } else if (event instanceof Replay.Joined j) {
      json.put("type", "joined").put("brand", j.brand()).put("commentId", j.commentId()).put("at", time(j.at()))
          .put("incident", j.incidentId()).put("queue", j.queue()).put("priority", j.priority()).put("rule", j.rule())
          .put("moved", j.moved());
    } else if (event instanceof Replay.Escalated e) {
      json.put("type", "escalation").put("brand", e.brand()).put("commentId", e.commentId()).put("at", time(e.at()))
          .put("queue", e.escalation().queue()).put("priority", e.escalation().priority())
          .put("rule", e.escalation().rule()).put("reason", e.escalation().reason());
    } else if (event instanceof Replay.Failed f) {
      json.put("type", "failure").put("brand", f.brand()).put("commentId", f.commentId()).put("at", time(f.at())).put("error", f.error());
    }
    return json;
  }

  private static void text(PrintStream out, List<Comment> stream, List<Replay.Event> events, double seconds) {
    long brands = stream.stream().map(Comment::getBrand).distinct().count();
    out.printf("replayed %d comments of %d brands in %.2f s%n", stream.size(), brands, seconds);
    List<Replay.IncidentChanged> incidents = events.stream().filter(e -> e instanceof Replay.IncidentChanged)
        .map(e -> (Replay.IncidentChanged) e).toList();
    out.printf("%nincidents: %d opened, %d escalations%n", incidents.stream().filter(i -> i.change().equals("opened")).count(),
        incidents.stream().filter(i -> i.change().equals("escalated")).count());
    for (Replay.IncidentChanged i : incidents) {
      out.printf("  %s  %-12s %-9s %-8s \"%s\": %s (at comment %s)%n", time(i.at()), i.brand(), i.change(),
          i.severity().label(), i.rule(), i.reason(), i.commentId());
    }
    Map<String, Integer> outcomes = new TreeMap<>();
    Map<String, Integer> byRule = new TreeMap<>();
    int escalations = 0;
    int failures = 0;
    Set<String> joined = new HashSet<>();
    int moved = 0;
    for (Replay.Event event : events) {
      if (event instanceof Replay.Decided d) {
        String key = d.outcome().status().name().toLowerCase(Locale.ROOT)
            + (d.outcome().route() == null ? "" : " to " + d.outcome().route().queue());
        outcomes.merge(key, 1, Integer::sum);
        for (Decision decision : d.outcome().decisions()) byRule.merge(decision.action().label() + "  " + decision.rule(), 1, Integer::sum);
      } else if (event instanceof Replay.Joined j) {
        joined.add(j.brand() + "/" + j.commentId());
        if (j.moved()) moved++;
      } else if (event instanceof Replay.Escalated) {
        escalations++;
      } else if (event instanceof Replay.Failed f) {
        failures++;
        if (failures <= 5) out.printf("  failed: %s %s: %s%n", f.brand(), f.commentId(), f.error());
      }
    }
    out.printf("%ncomments:%n");
    outcomes.forEach((key, count) -> out.printf("  %6d  %s%n", count, key));
    if (!joined.isEmpty()) {
      out.printf("  (joined an incident: %d, their items moved with it: %d; the counts above are where they were first queued)%n",
          joined.size(), moved);
    }
    out.printf("%ndecisions by rule:%n");
    byRule.forEach((key, count) -> out.printf("  %6d  %s%n", count, key));
    out.printf("%noverdue items escalated: %d; rule failures: %d%n", escalations, failures);
  }

  private static String time(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }
}
