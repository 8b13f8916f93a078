package dev.crisisdesk.facts;

import java.util.Map;
import java.util.Objects;

/**
 * What one rule decided about one comment: the action, its arguments and the rule's name, so
 * that every outcome can explain itself.
 */
public record Decision(String commentKey, Action action, Map<String, Object> args, String rule) {
  public Decision {
    Objects.requireNonNull(commentKey, "commentKey");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(rule, "rule");
    args = Map.copyOf(args);
  }

  /** The actions of the contract, as the API spells them in lower case. */
  public enum Action {
    ROUTE, PRIORITIZE, FLAG, HIDE, TAG, IGNORE, SUGGEST, ESCALATE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
