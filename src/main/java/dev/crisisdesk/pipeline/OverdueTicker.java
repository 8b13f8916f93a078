package dev.crisisdesk.pipeline;

import dev.crisisdesk.queue.ItemStore;
import dev.crisisdesk.rules.QueueSpec;
import dev.crisisdesk.rules.RuleEngine;
import dev.crisisdesk.rules.RuleFailure;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands open items past their due time (on the wall clock) to their brand's rules as
 * {@code Overdue} facts, on the brand's lane, and applies the escalations; each item once.
 */
final class OverdueTicker {
  private static final Logger LOG = LoggerFactory.getLogger(OverdueTicker.class);
  /** Items looked at per tick. */
  static final int BATCH = 500;

  private final ItemStore items;
  private final RuleEngine rules;
  private final Lanes lanes;
  private final Predicate<String> owns;

  /** {@code owns}: the brands this node runs (others' overdue items are their owners' work). */
  OverdueTicker(ItemStore items, RuleEngine rules, Lanes lanes, Predicate<String> owns) {
    this.items = items;
    this.rules = rules;
    this.lanes = lanes;
    this.owns = owns;
  }

  void tick() {
    // the service listens before its rule set compiled: nothing escalates until it did
    if (!rules.isReady()) return;
    BinaryOperator<String> escalateTo = (brand, queue) -> {
      QueueSpec spec = rules.rulesFor(brand).queues().get(queue);
      return spec == null ? null : spec.escalateTo();
    };
    for (ItemStore.OverdueItem item : items.overdue(escalateTo, BATCH)) {
      if (!owns.test(item.brand())) continue;
      lanes.run(item.brand(), () -> {
        try {
          items.escalate(item.overdue().getItemId(), rules.overdue(item.brand(), item.overdue()));
        } catch (RuleFailure e) {
          LOG.warn("rules failed on overdue item {}: {}", item.overdue().getItemId(), e.getMessage());
          items.escalate(item.overdue().getItemId(), List.of());
        }
      });
    }
  }
}
