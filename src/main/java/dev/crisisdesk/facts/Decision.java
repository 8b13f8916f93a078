package dev.crisisdesk.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What one rule decided about one comment: the action, its arguments, the rule's name and the
 * facts that matched it (bound values, the comment's signals), so every outcome explains itself.
 */
public record Decision(String commentKey, Action action, Map<String, Object> args, String rule, Map<String, Object> facts) {
  public Decision {
    Objects.requireNonNull(commentKey, "commentKey");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(rule, "rule");
    args = Map.copyOf(args);
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }

  public Decision(String commentKey, Action action, Map<String, Object> args, String rule) {
    this(commentKey, action, args, rule, Map.of());
  }

  /**
   * The incident this decision routes its comment into: a route by a rule that matched an open
   * incident (a {@link Crisis} fact), which makes the comment one of the incident's; else null.
   */
  public String joinedIncident() {
    return action == Action.ROUTE && facts.get("incident") instanceof String id ? id : null;
  }

  private static final List<String> ARGUMENT_ORDER = List.of("queue", "priority", "incident", "tag", "reason", "text");

  /** The arguments as {@code name=value} pairs in one order (queue, priority, ..., then the rest by name): "queue=billing priority=70". */
  public String namedArgs() {
    List<String> names = new ArrayList<>(args.keySet());
    names.sort(Comparator.comparingInt((String name) -> ARGUMENT_ORDER.contains(name) ? ARGUMENT_ORDER.indexOf(name) : ARGUMENT_ORDER.size())
        .thenComparing(name -> name));
    StringBuilder out = new StringBuilder();
    for (String name : names) out.append(out.length() == 0 ? "" : " ").append(name).append('=').append(args.get(name));
    return out.toString();
  }

  /** The actions of the contract, as the API spells them in lower case. */
  public enum Action {
    ROUTE, PRIORITIZE, FLAG, HIDE, TAG, IGNORE, SUGGEST, ESCALATE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
