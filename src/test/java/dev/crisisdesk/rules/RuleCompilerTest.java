package dev.crisisdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleCompilerTest {
  private static final String QUEUES = "[{\"name\": \"support\", \"slaMinutes\": 60, \"escalateTo\": null}]";
  private static final String HEADER = """
      package test
      import dev.crisisdesk.facts.Comment
      global dev.crisisdesk.facts.Actions actions
      """;

  /** A counting rule that keeps the window count "negative in 5m". */
  private static final String COUNTING = HEADER + """
      import dev.crisisdesk.facts.WindowCount
      rule "Count negative comments"
      when accumulate( Comment( negative ) over window:time( 5m ); $n : count( 1 ) )
      then insertLogical( new WindowCount( "negative in 5m", $n ) );
      end
      """;

  private final RuleCompiler compiler = new RuleCompiler();

  @Test
  void validRuleSetCompilesAndListsItsRules() throws InvalidRulesException {
    CompiledRules rules = compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES, "a.drl", HEADER + """
        rule "Questions go to support"
        when $c : Comment( question )
        then actions.route($c, "support", 10);
        end
        """)));

    assertThat(rules.ruleNames()).containsExactly("Questions go to support");
    assertThat(rules.queues()).containsKey("support");
  }

  @Test
  void aConstraintSharedByManyRulesCompiles() throws InvalidRulesException {
    // Drools marks a constraint shared by more rules than it names (PredicateInformation.setMoreThanMaxRuleDefs):
    // generated bookkeeping the sandbox must let through
    StringBuilder drl = new StringBuilder(HEADER);
    for (int i = 1; i <= 15; i++) {
      drl.append("rule \"Shared ").append(i).append("\"\nwhen $c : Comment( !abuse, !spam, !problem, toxicity >= 0.").append(i % 9 + 1)
          .append(" )\nthen actions.route($c, \"support\", ").append(i).append(");\nend\n");
    }

    assertThat(compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES, "shared.drl", drl.toString()))).ruleNames()).hasSize(15);
  }

  @Test
  void aWindowCountNoRuleKeepsIsReportedWhereItIsRead() {
    String reading = HEADER + """
        import dev.crisisdesk.facts.WindowCount
        rule "Many negative comments"
        when WindowCount( name == "negative in 5 m", value > 10 )
             $c : Comment( )
        then actions.route($c, "support", 90);
        end
        """;
    assertThatThrownBy(() -> compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES, "counts.drl", COUNTING, "crisis.drl", reading))))
        .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.findings()).anySatisfy(f -> {
          assertThat(f.file()).isEqualTo("crisis.drl");
          assertThat(f.line()).isEqualTo(HEADER.split("\n", -1).length + 2);
          assertThat(f.message()).contains("'negative in 5 m'").contains("negative in 5m");
        }));
  }

  @Test
  void windowCountsKeptInAnotherFileOfTheSetAreKnown() throws InvalidRulesException {
    String reading = HEADER + """
        import dev.crisisdesk.facts.WindowCount
        rule "Many negative comments"
        when WindowCount( name == "negative in 5m", value > 10 )
             $c : Comment( )
        then actions.route($c, "support", 90);
        end
        """;
    assertThat(compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES, "counts.drl", COUNTING, "crisis.drl", reading))).ruleNames())
        .contains("Many negative comments");
  }

  @Test
  void unknownFieldIsReportedAtItsDrlLine() {
    assertThatThrownBy(() -> compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES, "bad.drl", HEADER + """
        rule "Broken"
        when $c : Comment( nosuchfield > 3 )
        then actions.route($c, "support", 10);
        end
        """))))
        .isInstanceOfSatisfying(InvalidRulesException.class, e -> {
          assertThat(e.findings()).isNotEmpty();
          RuleFinding finding = e.findings().get(0);
          assertThat(finding.file()).isEqualTo("bad.drl");
          assertThat(finding.line()).isEqualTo(5);
          assertThat(finding.format()).startsWith("bad.drl:5:");
        });
  }

  @Test
  void syntaxErrorIsReportedWithFileLineAndColumn() {
    assertThatThrownBy(() -> compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES, "syntax.drl", HEADER + """
        rule "Unclosed"
        when $c : Comment( question
        then actions.route($c, "support", 10);
        end
        """))))
        .isInstanceOfSatisfying(InvalidRulesException.class,
            e -> assertThat(e.findings()).allSatisfy(f -> {
              assertThat(f.file()).isEqualTo("syntax.drl");
              assertThat(f.line()).isGreaterThanOrEqualTo(5);
            }));
  }

  @Test
  void routeToUndeclaredQueueIsAnErrorAtItsLine() {
    assertThatThrownBy(() -> compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES, "route.drl", HEADER + """
        rule "Lost"
        when $c : Comment( question )
        then
          actions.route($c, "nowhere", 10);
        end
        """))))
        .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.findings())
            .extracting(RuleFinding::format)
            .containsExactly("route.drl:7:21: error: route to undeclared queue 'nowhere' (queues.json declares [support])"));
  }

  @Test
  void filesOfOneSetMustShareTheirPackage() {
    assertThatThrownBy(() -> compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES, "a.drl", HEADER,
        "b.drl", "// other\n" + HEADER.replace("package test", "package other")))))
        .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.findings()).singleElement()
            .satisfies(f -> assertThat(f.format()).startsWith("b.drl:2:9: error: declares package 'other'")));
  }

  @Test
  void unknownThresholdIsAnErrorAtItsLine() {
    assertThatThrownBy(() -> compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES,
        "settings.json", "{\"thresholds\": {\"spike\": 3}}", "t.drl", HEADER + """
        import dev.crisisdesk.facts.Brand
        rule "T"
        when Brand( $n : count("spkie") )
        then
        end
        """))))
        .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.findings()).extracting(RuleFinding::format)
            .anySatisfy(line -> assertThat(line).startsWith("t.drl:6:").contains("unknown threshold 'spkie'")));
  }

  @Test
  void rulesThatReachOutsideTheRuleApiAreRefusedAtTheirLine() {
    String drl = """
        package test
        import dev.crisisdesk.facts.Comment
        import java.io.File
        global dev.crisisdesk.facts.Actions actions
        rule "Escape"
        when $c : Comment( eval( Runtime.getRuntime() != null ) )
        then
          System.exit(1);
          java.lang.reflect.Array.newInstance(String.class, 1);
          for (int i = 0; i < 10; i++) { }
          actions.flag($c, "System.exit is only text here");
          $c.erase();
        end
        """;

    assertThatThrownBy(() -> compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES, "escape.drl", drl))))
        .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.findings()).extracting(RuleFinding::format)
            .anySatisfy(f -> assertThat(f).startsWith("escape.drl:3:8: error: import of 'java.io.File' is outside the rule API"))
            .anySatisfy(f -> assertThat(f).startsWith("escape.drl:6:").contains("java.lang.Runtime.getRuntime' is outside the rule API"))
            .anySatisfy(f -> assertThat(f).startsWith("escape.drl:8:").contains("java.lang.System.exit' is outside the rule API"))
            .anySatisfy(f -> assertThat(f).startsWith("escape.drl:9:").contains("java.lang.reflect.Array.newInstance' is outside"))
            .anySatisfy(f -> assertThat(f).startsWith("escape.drl:12:").contains("Comment.erase' is outside"))
            .noneSatisfy(f -> assertThat(f).startsWith("escape.drl:10:"))
            .noneSatisfy(f -> assertThat(f).startsWith("escape.drl:11:")));
  }

  @Test
  void onlyTheActionsGlobalIsAllowed() {
    assertThatThrownBy(() -> compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES, "g.drl",
        "package test\nglobal java.util.List sink\n"))))
        .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.findings()).extracting(RuleFinding::format)
            .anySatisfy(f -> assertThat(f).startsWith("g.drl:2:8: error: the only global is")));
  }

  @Test
  void ruleChainThatNeverSettlesFailsTheCommentInsteadOfSpinning() throws InvalidRulesException {
    CompiledRules rules = compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES, "chain.drl", HEADER + """
        import dev.crisisdesk.facts.WindowCount
        rule "Start"
        when Comment( )
        then insertLogical( new WindowCount( "n", 0 ) );
        end
        rule "Next"
        when WindowCount( name == "n", $v : value )
        then insertLogical( new WindowCount( "n", $v + 1 ) );
        end
        """)));
    try (RuleEngine engine = new RuleEngine(rules, RuleEngine.BrandFacts.NONE)) {
      assertThatThrownBy(() -> engine.decide(Comments.comment("hi", dev.crisisdesk.facts.Sentiment.NEUTRAL, 1, false)))
          .isInstanceOf(RuleFailure.class).hasMessageContaining("without settling");
    }
  }

  @Test
  void malformedQueuesFileIsAnError() {
    assertThatThrownBy(() -> compiler.compile(new RuleFiles(Map.of("queues.json", "[{\"name\": \"x\", \"slaMinutes\": 0}]",
        "a.drl", HEADER))))
        .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.findings())
            .extracting(RuleFinding::file).containsExactly("queues.json"));
  }
}
