package dev.crisisdesk.rulesets;

import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.pipeline.Processor;
import dev.crisisdesk.replay.Comparison;
import dev.crisisdesk.replay.Replay;
import dev.crisisdesk.rules.CompiledRules;
import dev.crisisdesk.rules.Outcome;
import dev.crisisdesk.rules.RuleEngine;
import dev.crisisdesk.rulesets.RuleVersions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule set versions running in shadow beside the active ones on live traffic: each live comment
 * also goes through the shadow set, whose decisions and incidents are recorded for the report and
 * never applied. The report covers the comments since the shadow started (it starts again after a
 * restart). The shadow set reads the rule set's default brand settings and starts with empty windows.
 */
public final class Shadows implements Processor.Observer {
  static final int EXAMPLES = 10;

  private final RuleEngine live;
  private final Clock clock;
  private final Map<String, Run> runs = new ConcurrentHashMap<>();
  // with several nodes: where each node's share of the reports goes, and this node's name there
  // null on a node alone: its reports are its own
  private final ShadowReports shared;
  private final String node = UUID.randomUUID().toString();

  /** {@code shared}: where nodes sharing the work keep their reports (a report sums them all); null for a node alone. */
  public Shadows(RuleEngine live, Clock clock, ShadowReports shared) {
    this.live = live;
    this.clock = clock;
    this.shared = shared;
  }

  void start(String scope, int version, CompiledRules rules) {
    Run old = runs.put(scope, new Run(version, new Replay(rules), clock.instant()));
    if (old != null) old.close();
  }

  void stop(String scope) {
    Run old = runs.remove(scope);
    if (old != null) old.close();
  }

  /** The version running in shadow for the scope, if any. */
  Optional<Integer> version(String scope) {
    Run run = runs.get(scope);
    return run == null ? Optional.empty() : Optional.of(run.version);
  }

  /** The scopes with a shadow run. */
  Set<String> scopes() {
    return Set.copyOf(runs.keySet());
  }

  Optional<JsonObject> report(String scope) {
    Run run = runs.get(scope);
    if (run == null) return Optional.empty();
    if (shared == null) return Optional.of(run.report());
    shared.save(scope, run.version, node, run.report().encode());
    return Optional.of(sum(shared.load(scope, run.version).stream().map(JsonObject::new).toList()));
  }

  /** Stores this node's share of every running shadow's report (nodes sharing the work do it every few seconds). */
  void flush() {
    if (shared != null) runs.forEach((scope, run) -> shared.save(scope, run.version, node, run.report().encode()));
  }

  /** Forgets every node's report of the scope: a shadow started through the API counts from now. */
  void restartCount(String scope) {
    if (shared != null) shared.clear(scope);
  }

  /** One report from the nodes' reports of one version: counts added, examples up to the limit, the earliest start. */
  static JsonObject sum(List<JsonObject> reports) {
    JsonObject total = reports.get(0).copy();
    for (JsonObject report : reports.subList(1, reports.size())) {
      for (String count : new String[] {"compared", "agreed", "ruleFailures"}) {
        total.put(count, total.getInteger(count) + report.getInteger(count));
      }
      JsonObject differences = total.getJsonObject("differences");
      report.getJsonObject("differences").forEach(e -> differences.put(e.getKey(), differences.getInteger(e.getKey(), 0) + (Integer) e.getValue()));
      JsonObject examples = total.getJsonObject("examples");
      report.getJsonObject("examples").forEach(e -> {
        JsonArray mine = examples.getJsonArray(e.getKey(), new JsonArray());
        for (Object example : (JsonArray) e.getValue()) if (mine.size() < EXAMPLES) mine.add(example);
        examples.put(e.getKey(), mine);
      });
      report.getJsonArray("shadowIncidents").forEach(total.getJsonArray("shadowIncidents")::add);
      if (Instant.parse(report.getString("since")).isBefore(Instant.parse(total.getString("since")))) total.put("since", report.getString("since"));
    }
    return total;
  }

  @Override
  public void decided(Comment fact, Outcome outcome) {
    String scope = live.hasOwnSet(fact.getBrand()) ? fact.getBrand() : RuleVersions.DEFAULT_SCOPE;
    Run run = runs.get(scope);
    if (run != null) run.observe(fact, outcome);
  }

  /** One shadow version's run; brands' lanes feed it concurrently, so it takes turns. */
  private static final class Run implements AutoCloseable {
    private final int version;
    private final Replay replay;
    private final Instant since;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, JsonArray> examples = new LinkedHashMap<>();
    private final JsonArray incidents = new JsonArray();
    private int compared;
    private int failures;
    private int moved;

    Run(int version, Replay replay, Instant since) {
      this.version = version;
      this.replay = replay;
      this.since = since;
      for (String kind : new String[] {"routed", "prioritized", "hidden", "queued"}) {
        counts.put(kind, 0);
        examples.put(kind, new JsonArray());
      }
    }

    synchronized void observe(Comment fact, Outcome liveOutcome) {
      for (Replay.Event event : replay.feed(fact)) {
        if (event instanceof Replay.Decided d) {
          compared++;
          String kind = Comparison.kind(liveOutcome, d.outcome());
          if (kind == null) continue;
          counts.merge(kind, 1, Integer::sum);
          if (examples.get(kind).size() < EXAMPLES) {
            examples.get(kind).add(new JsonObject().put("brand", d.brand()).put("commentId", d.commentId())
                .put("live", Comparison.describe(liveOutcome)).put("shadow", Comparison.describe(d.outcome())));
          }
        } else if (event instanceof Replay.IncidentChanged i) {
          incidents.add(new JsonObject().put("brand", i.brand()).put("change", i.change()).put("rule", i.rule())
              .put("severity", i.severity().label()).put("at", Instant.ofEpochMilli(i.at()).toString()).put("reason", i.reason()));
        } else if (event instanceof Replay.Joined j && j.moved()) {
          // the comparison is of first decisions, live and shadow alike; what the shadow's incidents moved is counted apart
          moved++;
        } else if (event instanceof Replay.Failed) {
          failures++;
        }
      }
    }

    synchronized JsonObject report() {
      int differing = counts.values().stream().mapToInt(Integer::intValue).sum();
      return new JsonObject().put("version", version).put("since", since.toString()).put("compared", compared)
          .put("agreed", compared - differing).put("differences", new JsonObject(new LinkedHashMap<>(counts)))
          .put("examples", new JsonObject(new LinkedHashMap<>(examples))).put("shadowIncidents", incidents.copy())
          .put("shadowItemsMoved", moved)
          .put("ruleFailures", failures);
    }

    @Override
    public synchronized void close() {
      replay.close();
    }
  }
}
