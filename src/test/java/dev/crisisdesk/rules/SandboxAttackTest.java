package dev.crisisdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crisisdesk.facts.Sentiment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule sets written as an attacker would: each must be refused at compile time, naming the file
 * and the line of the attack, or be stopped by its budget at run time without harm to the service.
 * The refusals are judged on the compiled classes, so each attack also checks a side effect that
 * must not have happened (the marker file).
 */
class SandboxAttackTest {
  private static final String QUEUES = "[{\"name\": \"support\", \"slaMinutes\": 60, \"escalateTo\": null}]";
  static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"), "crisisdesk-sandbox-escaped");

  private final RuleCompiler compiler = new RuleCompiler();

  /** An attack, the line it is written on, and a word the refusal names. */
  record Attack(String name, String body, int line, String names) {
    @Override
    public String toString() {
      return name;
    }
  }

  // line 1 is the package, 2-5 the imports and global, 6 the rule, 7 the when, 8 the pattern
  private static String drl(String when, String then) {
    return "package attack\n"
        + "import dev.crisisdesk.facts.Comment\n"
        + "import java.util.List\n"
        + "import java.util.ArrayList\n"
        + "global dev.crisisdesk.facts.Actions actions\n"
        + "rule \"Attack\"\n"
        + "when\n"
        + when + "\n"
        + "then\n"
        + then + "\n"
        + "end\n";
  }

  private static final String FILE_CHAIN = "Comment.class.getClassLoader().loadClass(\"java.nio.file.Files\")"
      + ".getMethod(\"writeString\", java.nio.file.Path.class, CharSequence.class, java.nio.file.OpenOption[].class)";

  static java.util.stream.Stream<Attack> refused() {
    String marker = MARKER.toString().replace("\\", "\\\\");
    return java.util.stream.Stream.of(
        new Attack("reflection chain from a fact's class in a consequence", drl("  $c : Comment( )",
            "  Object m = " + FILE_CHAIN + ";"), 10, "getClassLoader"),
        new Attack("getClass on a fact in a consequence", drl("  $c : Comment( )",
            "  Object l = $c.getClass().getClassLoader();"), 10, "getClass"),
        new Attack("reflection in a constraint", drl("  $c : Comment( text.getClass().getClassLoader() != null )",
            "  actions.flag($c, \"x\");"), 8, "getClass"),
        new Attack("reflection in an eval", drl("  $c : Comment( )\n  eval( $c.getClass().getName() != null )",
            "  actions.flag($c, \"x\");"), 9, "getClass"),
        new Attack("reflection in a from", drl("  $c : Comment( )\n  $l : Object( ) from $c.getClass().getClassLoader()",
            "  actions.flag($c, \"x\");"), 9, "getClass"),
        new Attack("reflection in an accumulate", drl(
            "  $n : Number( ) from accumulate( $x : Comment( ), count( $x.getClass().getName() ) )",
            "  System.out.println($n);"), 8, "getClass"),
        new Attack("System.exit", drl("  $c : Comment( )", "  System.exit(3);"), 10, "exit"),
        new Attack("Runtime exec", drl("  $c : Comment( )", "  Runtime.getRuntime().exec(\"touch " + marker + "\");"), 10, "getRuntime"),
        new Attack("the environment", drl("  $c : Comment( )", "  actions.flag($c, System.getenv(\"CRISISDESK_ADMIN_KEY\"));"), 10, "getenv"),
        new Attack("system properties through Integer.getInteger", drl("  $c : Comment( )",
            "  actions.flag($c, \"\" + Integer.getInteger(\"user.home\"));"), 10, "getInteger"),
        new Attack("files by their full name", drl("  $c : Comment( )",
            "  java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"x\");"), 10, "Files"),
        new Attack("a thread", drl("  $c : Comment( )", "  new Thread(() -> {}).start();"), 10, "Thread"),
        new Attack("sleep", drl("  $c : Comment( )", "  Thread.sleep(100000);"), 10, "sleep"),
        new Attack("a method handle lookup", drl("  $c : Comment( )",
            "  Object l = java.lang.invoke.MethodHandles.lookup();"), 10, "lookup"),
        new Attack("a unicode escape hiding code in a comment", drl("  $c : Comment( )",
            "  // nothing to see \\u000a System.exit(4);"), 11, "exit"),
        new Attack("a unicode-escaped identifier", drl("  $c : Comment( )",
            "  \\u0053ystem.exit(5);"), 10, "exit"),
        new Attack("a function reaching the runtime", "package attack\n"
            + "import dev.crisisdesk.facts.Comment\n"
            + "global dev.crisisdesk.facts.Actions actions\n"
            + "function Object escape() {\n"
            + "  return Runtime.getRuntime();\n"
            + "}\n"
            + "rule \"Attack\"\nwhen\n  $c : Comment( escape() != null )\nthen\n  actions.flag($c, \"x\");\nend\n", 5, "getRuntime"),
        new Attack("a declared type holding a capability", "package attack\n"
            + "import dev.crisisdesk.facts.Comment\n"
            + "global dev.crisisdesk.facts.Actions actions\n"
            + "declare Holder\n"
            + "  runtime : java.lang.Runtime\n"
            + "end\n"
            + "rule \"Attack\"\nwhen\n  $c : Comment( )\nthen\n  actions.flag($c, \"x\");\nend\n", 5, "Runtime"),
        new Attack("the engine through drools", drl("  $c : Comment( )", "  drools.halt();"), 10, "halt"),
        new Attack("insert instead of insertLogical", drl("  $c : Comment( )", "  insert(new ArrayList());"), 10, "insert"),
        new Attack("erasing a fact", drl("  $c : Comment( )", "  $c.erase();"), 10, "erase"),
        new Attack("the engine's own side of actions", drl("  $c : Comment( )", "  actions.drainAll();"), 10, "drainAll"),
        new Attack("a monitor", drl("  $c : Comment( )", "  synchronized ($c) { actions.flag($c, \"x\"); }"), 10, "synchronized"),
        new Attack("catching the budget's stop", drl("  $c : Comment( )",
            "  try { actions.flag($c, \"x\"); } catch (Throwable t) { }"), 10, "Throwable"),
        new Attack("a format string that allocates without bound", drl("  $c : Comment( )",
            "  actions.flag($c, String.format(\"%999999999d\", 1));"), 10, "format"),
        new Attack("capacity arguments", drl("  $c : Comment( )",
            "  List l = new ArrayList(2000000000);"), 10, "ArrayList"),
        new Attack("a collection of any size in one call", drl("  $c : Comment( )",
            "  java.util.Collections.nCopies(2000000000, \"x\").toString();"), 10, "nCopies"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void attackIsRefusedAtItsLine(Attack attack) throws Exception {
    Files.deleteIfExists(MARKER);
    assertThatThrownBy(() -> compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES, "attack.drl", attack.body()))))
        .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.findings()).extracting(RuleFinding::format)
            .as("findings of %s", attack.name())
            .anySatisfy(f -> assertThat(f).startsWith("attack.drl:" + attack.line() + ":").contains(attack.names())));
    assertThat(MARKER).doesNotExist();
  }

  /** What a legitimate set uses stays allowed: lambdas, loops, collections, time, regexes. */
  @Test
  void ordinaryJavaInRulesIsAllowed() throws InvalidRulesException {
    CompiledRules rules = compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES, "ok.drl", "package ok\n"
        + "import dev.crisisdesk.facts.Comment\n"
        + "import java.util.List\n"
        + "import java.util.ArrayList\n"
        + "import java.time.Duration\n"
        + "global dev.crisisdesk.facts.Actions actions\n"
        + "function int words(String text) {\n"
        + "  int n = 0;\n"
        + "  for (String w : text.split(\"\\\\s+\")) { if (!w.isEmpty()) n++; }\n"
        + "  return n;\n"
        + "}\n"
        + "rule \"Long refund requests\"\n"
        + "when\n"
        + "  $c : Comment( text matches \".*refund.*\", words(text) > 3 )\n"
        + "then\n"
        + "  List<String> parts = new ArrayList<>();\n"
        + "  for (int i = 0; i < 3; i++) parts.add(\"p\" + i);\n"
        + "  parts.removeIf(p -> p.endsWith(\"1\"));\n"
        + "  long minutes = Duration.ofHours(2).toMinutes();\n"
        + "  actions.route($c, \"support\", Math.min(90, parts.size() * 20 + (int) (minutes / 60)));\n"
        + "  actions.tag($c, String.join(\",\", parts).toUpperCase());\n"
        + "end\n")));
    try (RuleEngine engine = new RuleEngine(rules, RuleEngine.BrandFacts.NONE)) {
      Outcome outcome = engine.decide(Comments.comment("I want a refund for my order please", Sentiment.NEUTRAL, 1, false)).outcome();
      assertThat(outcome.status()).isEqualTo(Outcome.Status.QUEUED);
      assertThat(outcome.decisions()).extracting(d -> d.args().toString())
          .anySatisfy(args -> assertThat(args).contains("P0,P2"))
          .anySatisfy(args -> assertThat(args).contains("priority=42"));
    }
  }
}
