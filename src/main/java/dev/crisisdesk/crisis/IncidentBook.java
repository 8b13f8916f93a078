package dev.crisisdesk.crisis;

import dev.crisisdesk.facts.CrisisSignal;
import dev.crisisdesk.facts.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One brand's incidents, by the rule that opened them: a rule's signal opens an incident if the
 * rule has none open and its cool-down has passed, raises the open one's severity, or adds its
 * comment to it. Pure: the service persists the changes it plans, replay keeps them in memory.
 * Driven from the brand's lane only.
 */
public class IncidentBook {
  /** An incident the book holds open (open or acknowledged). */
  public record Open(String id, String rule, Severity severity, long openedAt) {}

  /** What a signal changes. */
  public sealed interface Change permits Opened, Escalated {
    String id();

    String commentId();
  }

  public record Opened(String id, String rule, Severity severity, String reason, long at, String commentId) implements Change {}

  public record Escalated(String id, String rule, Severity severity, String reason, long at, String commentId) implements Change {}


  private final Supplier<String> ids;
  private final Map<String, Open> open = new HashMap<>();
  private final Map<String, Long> coolUntil = new HashMap<>();

  public IncidentBook(Supplier<String> ids, List<Open> open, Map<String, Long> coolUntil) {
    this.ids = ids;
    open.forEach(incident -> this.open.put(incident.rule(), incident));
    this.coolUntil.putAll(coolUntil);
  }

  /**
   * What these signals would change, without changing anything; the strongest signal per rule
   * counts. A signal joins the brand's open incident (the most severe, then the oldest), raising its
   * severity when higher, so one surge is one incident; a signal marked {@code own} deals only with
   * its rule's incident (which other rules' signals may still join). Without an incident to join, a signal opens one once its rule's cool-down
   * has passed.
   */
  public List<Change> plan(List<CrisisSignal> signals) {
    Map<String, CrisisSignal> strongest = new LinkedHashMap<>();
    for (CrisisSignal signal : signals) {
      strongest.merge(signal.rule(), signal, (a, b) -> b.severity().compareTo(a.severity()) > 0 ? b : a);
    }
    List<Change> changes = new ArrayList<>();
    // the incidents as these changes leave them, by rule
    Map<String, Open> planned = new LinkedHashMap<>(open);
    for (CrisisSignal signal : strongest.values()) {
      Open incident = signal.own() ? planned.get(signal.rule()) : shared(planned).orElse(null);
      if (incident == null) {
        if (signal.at() >= coolUntil.getOrDefault(signal.rule(), Long.MIN_VALUE)) {
          Opened opened = new Opened(ids.get(), signal.rule(), signal.severity(), signal.reason(), signal.at(), signal.commentId());
          changes.add(opened);
          planned.put(signal.rule(), new Open(opened.id(), signal.rule(), signal.severity(), signal.at()));
        }
      } else if (signal.severity().compareTo(incident.severity()) > 0) {
        changes.add(new Escalated(incident.id(), incident.rule(), signal.severity(), signal.reason(), signal.at(), signal.commentId()));
        planned.put(incident.rule(), new Open(incident.id(), incident.rule(), signal.severity(), incident.openedAt()));
      }
      // a signal that neither opens nor raises an incident adds nothing: a count rule fires again for
      // whatever comment comes next, related or not. Comments join through the rules that route them
      // with the incident in view (Decision.incident()).
    }
    return changes;
  }

  /** The open incident a signal joins: the most severe, then the oldest. */
  private static java.util.Optional<Open> shared(Map<String, Open> planned) {
    return planned.values().stream().max(java.util.Comparator.comparing(Open::severity).thenComparing(Open::openedAt, java.util.Comparator.reverseOrder()));
  }

  /** Records planned changes once they are stored. */
  public void apply(List<Change> changes) {
    for (Change change : changes) {
      if (change instanceof Opened o) open.put(o.rule(), new Open(o.id(), o.rule(), o.severity(), o.at()));
      if (change instanceof Escalated e) open.computeIfPresent(e.rule(), (rule, old) -> new Open(old.id(), rule, e.severity(), old.openedAt()));
    }
  }

  /** The incident was resolved: its rule may open another from {@code coolUntil} on. */
  public void resolved(String id, long coolUntil) {
    open.values().removeIf(incident -> {
      if (!incident.id().equals(id)) return false;
      this.coolUntil.put(incident.rule(), coolUntil);
      return true;
    });
  }

  public List<Open> open() {
    return List.copyOf(open.values());
  }
}
