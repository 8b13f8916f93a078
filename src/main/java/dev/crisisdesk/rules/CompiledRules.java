package dev.crisisdesk.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;

/** A rule set that compiled: its files, its queues, the brands' default settings and the knowledge base to run it. */
public record CompiledRules(RuleFiles files, Map<String, QueueSpec> queues, BrandSettings settings, KieBase kieBase,
    List<String> ruleNames, List<RuleFinding> warnings) {
  public CompiledRules {
    // in declaration order, as queues.json lists them
    queues = Collections.unmodifiableMap(new LinkedHashMap<>(queues));
    ruleNames = List.copyOf(ruleNames);
    warnings = List.copyOf(warnings);
  }

  public Optional<QueueSpec> queue(String name) {
    return Optional.ofNullable(queues.get(name));
  }
}
