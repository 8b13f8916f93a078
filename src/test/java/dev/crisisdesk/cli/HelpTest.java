package dev.crisisdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Every command answers --help with its usage, and exit code 0. */
class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "serve", "rules", "rules check", "rules test", "rules replay", "eval", "train", "bench"})
  void everyCommandAnswersHelp(String command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");

    int exit = cli.execute(args);

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).startsWith("Usage: crisisdesk" + (command.isEmpty() ? "" : " " + command));
    assertThat(err.toString()).isEmpty();
  }
}
