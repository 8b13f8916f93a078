package dev.crisisdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCheckTest {
  @TempDir
  Path dir;

  @Test
  void defaultPackChecksClean() {
    CliRun run = run("rules", "check", "rules");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("no errors");
  }

  @Test
  void brokenRulePrintsFileLineColumnWithTheLineAndExitsOne() throws Exception {
    Files.writeString(dir.resolve("queues.json"), "[{\"name\": \"support\", \"slaMinutes\": 60}]");
    Files.writeString(dir.resolve("broken.drl"), """
        package t
        import dev.crisisdesk.facts.Comment
        global dev.crisisdesk.facts.Actions actions
        rule "Typo"
        when $c : Comment( folowers > 10 )
        then actions.route($c, "support", 10);
        end
        """);

    CliRun run = run("rules", "check", dir.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).startsWith("broken.drl:5:").contains(": error: ").contains("    when $c : Comment( folowers > 10 )");
  }

  @Test
  void contradictionsAndConflictingActionsAreWarningsThatDoNotFail() throws Exception {
    Files.writeString(dir.resolve("queues.json"), "[{\"name\": \"support\", \"slaMinutes\": 60}]");
    Files.writeString(dir.resolve("lint.drl"), """
        package t
        import dev.crisisdesk.facts.Comment
        global dev.crisisdesk.facts.Actions actions
        rule "Impossible"
        when $c : Comment( author.followers > 10, author.followers < 5 )
        then actions.flag($c, "never");
        end
        rule "Hide questions"
        when $c : Comment( question )
        then actions.hide($c, "no questions");
        end
        rule "Route questions"
        when $c : Comment( question )
        then actions.route($c, "support", 10);
        end
        """);

    CliRun run = run("rules", "check", dir.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("lint.drl:5:", "warning: the conditions on 'author.followers' can never all hold",
        "lint.drl:12:6: warning: rule \"Route questions\" has the same conditions as rule \"Hide questions\"", "2 warning(s)");
  }

  @Test
  void unknownCommandIsBadUsage() {
    assertThat(run("frobnicate").exit()).isEqualTo(2);
    assertThat(run().exit()).isEqualTo(2);
    assertThat(run("rules").exit()).isEqualTo(2);
    assertThat(run("rules", "check").exit()).isEqualTo(2);
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }
}
