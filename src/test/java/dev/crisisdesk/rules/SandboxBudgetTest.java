package dev.crisisdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crisisdesk.facts.Author;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Sentiment;
import dev.crisisdesk.rules.sandbox.Budget;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules that compile but would never finish or would fill the heap: each costs the brand the one
 * comment that triggered it ({@code failed}, with the reason), and the same engine goes on deciding
 * other comments of the brand and of other brands.
 */
class SandboxBudgetTest {
  private static final String QUEUES = "[{\"name\": \"support\", \"slaMinutes\": 60, \"escalateTo\": null}]";
  private static final Budget.Limits LIMITS = new Budget.Limits(Duration.ofMillis(300), 32L << 20);

  record Runaway(String name, String functions, String when, String then, String reason) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Runaway> runaways() {
    return Stream.of(
        new Runaway("an endless loop in a consequence", "", "", "  while (true) { }", "CPU"),
        new Runaway("an endless loop that catches exceptions", "", "",
            "  while (true) { try { Integer.parseInt(\"x\"); } catch (Exception e) { } }", "rule code"),
        new Runaway("a loop whose finally block does more work", "", "",
            "  try { while (true) { } } finally { actions.flag($c, \"after\"); }", "CPU"),
        new Runaway("an endless loop in a lambda", "", "", "  Runnable r = () -> { while (true) { } };\n  r.run();", "CPU"),
        new Runaway("endless recursion in a function",
            "function int down(int n) { return down(n + 1) + 1; }\n", "", "  down(0);", "recursed"),
        new Runaway("mutual recursion in a constraint",
            "function boolean ping(int n) { return pong(n); }\nfunction boolean pong(int n) { return ping(n); }\n",
            ", ping(1)", "  actions.flag($c, \"x\");", "recursed"),
        new Runaway("a loop in a function called from a constraint",
            "function boolean spin() { long n = 0; while (n >= 0) { n++; } return true; }\n", ", spin()",
            "  actions.flag($c, \"x\");", "CPU"),
        new Runaway("a list that grows without bound", "", "",
            "  java.util.List<String> l = new java.util.ArrayList<>();\n  while (true) { l.add(\"comment \" + l.size()); }", "MB"),
        new Runaway("a string that doubles", "", "",
            "  String s = \"x\";\n  for (int i = 0; i < 40; i++) { s = s + s; }\n  actions.flag($c, s);", "MB"),
        new Runaway("a huge array", "", "", "  long[] a = new long[400000000];", "MB"),
        new Runaway("a huge repeat", "", "", "  actions.flag($c, \"x\".repeat(1000000000));", "MB"),
        new Runaway("a replace that multiplies", "", "",
            "  String s = \"a\".repeat(1000000);\n  actions.flag($c, s.replace(\"a\", \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"));", "MB"),
        new Runaway("catastrophic backtracking in a constraint", "",
            ", text matches \"trigger (.*a){14}b\"", "  actions.flag($c, \"x\");", "CPU"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runaways")
  void runawayRuleCostsOneFailedCommentAndTheEngineGoesOn(Runaway runaway) throws InvalidRulesException {
    String drl = "package runaway\n"
        + "import dev.crisisdesk.facts.Comment\n"
        + "global dev.crisisdesk.facts.Actions actions\n"
        + runaway.functions()
        + "rule \"Runaway\"\nwhen\n  $c : Comment( text.startsWith(\"trigger\")" + runaway.when() + " )\nthen\n" + runaway.then() + "\nend\n"
        + "rule \"Normal\"\nwhen\n  $c : Comment( question )\nthen\n  actions.route($c, \"support\", 40);\nend\n";
    CompiledRules rules = new RuleCompiler().compile(new RuleFiles(Map.of("queues.json", QUEUES, "r.drl", drl)));
    try (RuleEngine engine = new RuleEngine(rules, RuleEngine.BrandFacts.NONE, false, LIMITS)) {
      long started = System.nanoTime();
      assertThatThrownBy(() -> engine.decide(comment("acme", "trigger aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac")))
          .isInstanceOf(RuleFailure.class).hasMessageContaining("stopped").hasMessageContaining(runaway.reason());
      assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time to stop").isLessThan(Duration.ofSeconds(20));

      assertThat(engine.decide(comment("acme", "where is my order?")).outcome().status()).isEqualTo(Outcome.Status.QUEUED);
      assertThat(engine.decide(comment("other", "can you help?")).outcome().status()).isEqualTo(Outcome.Status.QUEUED);
    }
  }

  private static int next;

  private static Comment comment(String brand, String text) {
    next++;
    return new Comment(brand, "twitter", "b" + next, text, new Author("a" + next, "@someone", 10L, false),
        Comments.T0.plusSeconds(next), Sentiment.NEUTRAL, 0.5, 0.0, 0.0, "en", null);
  }
}
