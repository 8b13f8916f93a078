package dev.crisisdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cookbook in docs/rules.md compiles as written: a rule a strategist copies from it works. */
class CookbookTest {
  @Test
  void everyCookbookRuleCompiles() throws Exception {
    String doc = Files.readString(Path.of("docs/rules.md"));
    String cookbook = doc.substring(doc.indexOf("## Cookbook"));
    String header = block(cookbook, "```\n");
    String rules = block(cookbook, "```drl\n");
    JsonArray queues = new JsonArray(Files.readString(Path.of("rules/queues.json")))
        .add(new JsonObject().put("name", "billing").put("slaMinutes", 120).putNull("escalateTo"));

    CompiledRules compiled = new RuleCompiler().compile(new RuleFiles(Map.of("cookbook.drl", header + rules,
        "queues.json", queues.encode(), "settings.json", Files.readString(Path.of("rules/settings.json")))));

    assertThat(compiled.ruleNames()).contains("Refund requests go to billing", "Questions with an order number first",
        "Other languages are flagged for a translator", "A known scam site is hidden", "Legal threats are escalated",
        "Recall talk is an incident", "Data breach rumour", "Overdue complaints from verified authors go to urgent");
  }

  private static String block(String text, String fence) {
    int start = text.indexOf(fence) + fence.length();
    return text.substring(start, text.indexOf("```", start));
  }
}
