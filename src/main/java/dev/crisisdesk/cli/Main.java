package dev.crisisdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar crisisdesk.jar <command>}: exit 0 success, 1 a finding, 2 bad usage. */
@Command(name = "crisisdesk", mixinStandardHelpOptions = true, version = "crisisdesk 0.1.0",
    description = "Rules-driven crisis and community moderation for brands on social media.",
    subcommands = {ServeCommand.class, RulesCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: serve or rules");
  }
}
