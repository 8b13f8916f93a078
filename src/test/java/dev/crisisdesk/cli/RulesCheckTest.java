package dev.crisisdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCheckTest {
  @TempDir
  Path dir;

  @Test
  void defaultPackChecksClean() {
    Run run = run("rules", "check", "rules");

    assertThat(run.exit).isZero();
    assertThat(run.out).contains("no errors");
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

    Run run = run("rules", "check", dir.toString());

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.out).startsWith("broken.drl:5:").contains(": error: ").contains("    when $c : Comment( folowers > 10 )");
  }

  @Test
  void unknownCommandIsBadUsage() {
    assertThat(run("frobnicate").exit).isEqualTo(2);
    assertThat(run().exit).isEqualTo(2);
  }

  private record Run(int exit, String out) {}

  private static Run run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      int exit = Main.run(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }
}
