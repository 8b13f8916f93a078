package dev.crisisdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServeCommandTest {
  @Test
  void impossibleLimitIsBadUsageNamingTheSetting() {
    CliRun run = CliRun.of("serve", "--port", "0", "--rate-limit", "-1");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("rateLimit < 0: -1").doesNotContain("Exception");
  }

  @Test
  void tooSmallBodyLimitIsBadUsage() {
    CliRun run = CliRun.of("serve", "--port", "0", "--max-body-bytes", "10");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("maxBodyBytes < 1024: 10");
  }
}
