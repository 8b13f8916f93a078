package dev.crisisdesk.replay;

import dev.crisisdesk.rules.Outcome;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a candidate rule set would change against a baseline on the same stream: comments routed,
 * prioritized, hidden, queued or escalated differently, and incidents gained or lost.
 */
public final class Comparison {
  /** One comment the two sets treat differently, by kind of change. */
  public record Change(String kind, String brand, String commentId, String baseline, String candidate) {
    public JsonObject json() {
      return new JsonObject().put("type", "change").put("kind", kind).put("brand", brand).put("commentId", commentId)
          .put("baseline", baseline).put("candidate", candidate);
    }
  }

  private final Map<String, List<Change>> byKind = new LinkedHashMap<>();
  private final List<String> incidentsGained = new ArrayList<>();
  private final List<String> incidentsLost = new ArrayList<>();
  private int compared;

  public Comparison(List<Replay.Event> baseline, List<Replay.Event> candidate) {
    for (String kind : List.of("routed", "prioritized", "hidden", "queued", "escalated")) byKind.put(kind, new ArrayList<>());
    Map<String, Replay.Decided> before = Replay.outcomes(baseline);
    Map<String, Replay.Decided> after = Replay.outcomes(candidate);
    Map<String, String> escalatedBefore = escalations(baseline);
    Map<String, String> escalatedAfter = escalations(candidate);
    for (Map.Entry<String, Replay.Decided> entry : before.entrySet()) {
      Replay.Decided a = entry.getValue();
      Replay.Decided b = after.get(entry.getKey());
      if (b == null) continue;
      compared++;
      String kind = kind(a.outcome(), b.outcome());
      if (kind != null) byKind.get(kind).add(new Change(kind, a.brand(), a.commentId(), describe(a.outcome()), describe(b.outcome())));
      String was = escalatedBefore.get(entry.getKey());
      String now = escalatedAfter.get(entry.getKey());
      if (!Objects.equals(was, now)) {
        byKind.get("escalated").add(new Change("escalated", a.brand(), a.commentId(), was == null ? "not escalated" : was,
            now == null ? "not escalated" : now));
      }
    }
    Set<String> incidentsBefore = incidents(baseline);
    Set<String> incidentsAfter = incidents(candidate);
    incidentsAfter.stream().filter(i -> !incidentsBefore.contains(i)).forEach(incidentsGained::add);
    incidentsBefore.stream().filter(i -> !incidentsAfter.contains(i)).forEach(incidentsLost::add);
  }

  public Map<String, List<Change>> changes() {
    return byKind;
  }

  public List<String> incidentsGained() {
    return incidentsGained;
  }

  public List<String> incidentsLost() {
    return incidentsLost;
  }

  /** A summary for people: counts of each kind of change and a few examples of each. */
  public String summary(int examples) {
    StringBuilder out = new StringBuilder();
    long changed = byKind.values().stream().flatMap(List::stream).map(Change::commentId).distinct().count();
    out.append(String.format(Locale.ROOT, "%d of %d comments treated differently%n", changed, compared));
    byKind.forEach((kind, changes) -> {
      out.append(String.format(Locale.ROOT, "  %s: %d%n", kind, changes.size()));
      changes.stream().limit(examples).forEach(c -> out.append(String.format(Locale.ROOT,
          "      %s %s: %s  ->  %s%n", c.brand(), c.commentId(), c.baseline(), c.candidate())));
    });
    out.append(String.format(Locale.ROOT, "incidents gained: %d%n", incidentsGained.size()));
    incidentsGained.forEach(i -> out.append("      + ").append(i).append('\n'));
    out.append(String.format(Locale.ROOT, "incidents lost: %d%n", incidentsLost.size()));
    incidentsLost.forEach(i -> out.append("      - ").append(i).append('\n'));
    return out.toString();
  }

  /** How two outcomes for one comment differ: hidden, queued, routed, prioritized; null when alike. */
  public static String kind(Outcome a, Outcome b) {
    boolean hiddenA = a.status() == Outcome.Status.HIDDEN;
    boolean hiddenB = b.status() == Outcome.Status.HIDDEN;
    if (hiddenA != hiddenB) return "hidden";
    if (a.status() != b.status()) return "queued";
    if (a.route() == null || b.route() == null) return null;
    if (!a.route().queue().equals(b.route().queue())) return "routed";
    if (a.route().priority() != b.route().priority()) return "prioritized";
    return null;
  }

  public static String describe(Outcome o) {
    return o.status().name().toLowerCase(Locale.ROOT) + (o.route() == null ? "" : " in " + o.route().queue() + " at " + o.route().priority());
  }

  private static Map<String, String> escalations(List<Replay.Event> events) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Replay.Event e : events) {
      if (e instanceof Replay.Escalated x) out.merge(x.brand() + "/" + x.commentId(), "to " + x.escalation().queue() + " at "
          + x.escalation().priority(), (p, q) -> p + ", " + q);
    }
    return out;
  }

  /** Incidents as "brand: rule", the first opening of each rule per brand. */
  private static Set<String> incidents(List<Replay.Event> events) {
    return events.stream().filter(e -> e instanceof Replay.IncidentChanged i && i.change().equals("opened"))
        .map(e -> e.brand() + ": \"" + ((Replay.IncidentChanged) e).rule() + "\"")
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
