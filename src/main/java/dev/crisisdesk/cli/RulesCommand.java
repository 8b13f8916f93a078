package dev.crisisdesk.cli;

import dev.crisisdesk.rules.CompiledRules;
import dev.crisisdesk.rules.InvalidRulesException;
import dev.crisisdesk.rules.RuleCompiler;
import dev.crisisdesk.rules.RuleFiles;
import dev.crisisdesk.rules.RuleFinding;
import dev.crisisdesk.scenarios.Scenario;
import dev.crisisdesk.scenarios.ScenarioException;
import dev.crisisdesk.scenarios.ScenarioParser;
import dev.crisisdesk.scenarios.ScenarioRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rules check DIR}: the strategist's compiler. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Check and replay rule sets.", subcommands = {RulesCommand.Check.class, RulesCommand.Test.class, ReplayCommand.class})
final class RulesCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: check, test or replay");
  }

  @Command(name = "test", mixinStandardHelpOptions = true, description = "Run the scenarios in DIR/scenarios/; exit 0 only if all pass.")
  static final class Test implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The rule set folder.")
    Path dir;

    @Override
    public Integer call() throws IOException {
      CompiledRules rules;
      try {
        rules = new RuleCompiler().compile(RuleFiles.load(dir));
      } catch (InvalidRulesException e) {
        e.findings().stream().map(RuleFinding::format).forEach(System.out::println);
        return 1;
      } catch (IllegalArgumentException e) {
        System.out.println(dir + ":1:1: error: " + e.getMessage());
        return 2;
      }
      Path folder = dir.resolve("scenarios");
      List<Path> files;
      try (var list = Files.list(folder)) {
        files = list.filter(p -> p.toString().endsWith(".scenario")).sorted().toList();
      } catch (NoSuchFileException e) {
        System.out.println(folder + ": no scenarios folder");
        return 2;
      }
      int failed = 0;
      Set<String> fired = new TreeSet<>();
      for (Path file : files) {
        Scenario scenario;
        try {
          scenario = ScenarioParser.parse(dir.relativize(file).toString(),
              Files.readString(file, StandardCharsets.UTF_8));
        } catch (ScenarioException e) {
          System.out.println(e.getMessage());
          return 2;
        }
        var result = ScenarioRunner.run(rules, scenario);
        fired.addAll(result.firedRules());
        if (result.passed()) {
          System.out.println("PASS " + scenario.file() + ": " + scenario.name() + " (" + scenario.expectations().size() + " expectations)");
        } else {
          failed++;
          System.out.println("FAIL " + scenario.file() + ": " + scenario.name());
          result.failures().forEach(failure -> System.out.println("  " + failure));
        }
      }
      List<String> unexercised = rules.ruleNames().stream().filter(rule -> !fired.contains(rule)).toList();
      if (!unexercised.isEmpty()) System.out.println("rules no scenario made fire: " + unexercised);
      System.out.println(files.size() - failed + " passed, " + failed + " failed");
      return failed == 0 ? 0 : 1;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true, description = "Compile a rule set; print each finding as FILE:LINE:COL: error: message.")
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
        for (RuleFinding warning : rules.warnings()) {
          System.out.println(warning.format());
          printContext(files, warning);
        }
        System.out.println(dir + ": " + rules.ruleNames().size() + " rules, " + rules.queues().size() + " queues, no errors"
            + (rules.warnings().isEmpty() ? "" : ", " + rules.warnings().size() + " warning(s)"));
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
