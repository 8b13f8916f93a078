package dev.crisisdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesTestCommandTest {
  @TempDir
  Path dir;

  @Test
  void defaultPackPassesItsScenariosAndEveryRuleFiresInOne() {
    CliRun run = run("rules", "test", "rules");

    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).contains("PASS scenarios/negative-spike.scenario", "0 failed").doesNotContain("rules no scenario made fire");
  }

  @Test
  void failingExpectationIsNamedWithWhatHappenedInstead() throws Exception {
    copyPack();
    Files.writeString(dir.resolve("scenarios/wrong.scenario"), """
        scenario A question is not urgent
        comment 10:00:00 q neutral "How do I reset my password?"
        expect q queued urgent
        expect no incident
        """);

    CliRun run = run("rules", "test", dir.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("FAIL scenarios/wrong.scenario: A question is not urgent",
        "scenarios/wrong.scenario:3: expect q queued urgent", "but q was queued in questions at priority 40", "1 failed");
  }

  @Test
  void unreadableScenarioLineIsBadUsageWithFileAndLine() throws Exception {
    copyPack();
    Files.writeString(dir.resolve("scenarios/bad.scenario"), "comment 10:00:00 q neutral \"hi\"\nexpct q queued\n");

    CliRun run = run("rules", "test", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("scenarios/bad.scenario:2: a line starts with scenario, brand, date, settings, comment or expect");
  }

  private void copyPack() throws Exception {
    Files.createDirectories(dir.resolve("scenarios"));
    try (var files = Files.list(Path.of("rules"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) Files.copy(file, dir.resolve(file.getFileName()));
    }
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }
}
