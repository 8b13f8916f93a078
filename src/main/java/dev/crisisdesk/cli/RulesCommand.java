package dev.crisisdesk.cli;

import dev.crisisdesk.rules.InvalidRulesException;
import dev.crisisdesk.rules.RuleCompiler;
import dev.crisisdesk.rules.RuleFiles;
import dev.crisisdesk.rules.RuleFinding;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rules check DIR}: the strategist's compiler. */
@Command(name = "rules", description = "Check and replay rule sets.", subcommands = {RulesCommand.Check.class, ReplayCommand.class})
final class RulesCommand {
  @Command(name = "check", description = "Compile a rule set; print each finding as FILE:LINE:COL: error: message.")
  static final class Check implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The rule set folder.")
    Path dir;

    @Override
    public Integer call() {
      RuleFiles files;
      try {
        files = RuleFiles.load(dir);
      } catch (IllegalArgumentException e) {
        System.out.println(dir + ":1:1: error: " + e.getMessage());
        return 1;
      }
      try {
        var rules = new RuleCompiler().compile(files);
        System.out.println(dir + ": " + rules.ruleNames().size() + " rules, " + rules.queues().size() + " queues, no errors");
        return 0;
      } catch (InvalidRulesException e) {
        for (RuleFinding finding : e.findings()) {
          System.out.println(finding.format());
          printContext(files, finding);
        }
        return 1;
      }
    }

    private static void printContext(RuleFiles files, RuleFinding finding) {
      String text = files.files().get(finding.file());
      if (text == null) return;
      String[] lines = text.split("\n", -1);
      if (finding.line() > lines.length) return;
      System.out.println("    " + lines[finding.line() - 1]);
      System.out.println("    " + " ".repeat(Math.max(0, finding.column() - 1)) + "^");
    }
  }
}
