package dev.crisisdesk.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles a rule set with Drools' classic (mvel) build, which reports errors at their DRL line,
 * into a STREAM-mode knowledge base. Besides Drools' own errors it checks what Drools cannot know:
 * {@code queues.json} itself, and that every {@code actions.route(...)} names a declared queue.
 */
public final class RuleCompiler {
  private static final String SOURCE_DIR = "src/main/resources/crisisdesk/";
  private static final Pattern ROUTE = Pattern.compile("actions\\s*\\.\\s*(?:route|escalateTo)\\s*\\(\\s*[^,()]+,\\s*\"([^\"]*)\"");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?\\s*$");
  private static final Pattern THRESHOLD = Pattern.compile("\\b(?:threshold|count)\\s*\\(\\s*\"([^\"]*)\"");

  private final KieServices kie = KieServices.Factory.get();
  private final AtomicLong builds = new AtomicLong();

  public CompiledRules compile(RuleFiles files) throws InvalidRulesException {
    List<RuleFinding> findings = new ArrayList<>();
    Map<String, QueueSpec> queues = QueuesFile.parse(files.files().get(RuleFiles.QUEUES), findings);
    BrandSettings settings = settings(files.files().get(RuleFiles.SETTINGS), findings);
    files.files().forEach((name, text) -> {
      if (name.endsWith(".drl")) {
        RuleSandbox.check(name, text, findings);
        RuleLint.check(name, text, findings);
        checkNames(name, text, ROUTE, queues.keySet(), "route to undeclared queue", RuleFiles.QUEUES, findings);
        checkNames(name, text, THRESHOLD, settings.thresholds().keySet(), "unknown threshold", RuleFiles.SETTINGS, findings);
      }
    });
    checkOnePackage(files, findings);
    if (files.files().keySet().stream().noneMatch(name -> name.endsWith(".drl"))) {
      findings.add(RuleFinding.error("rules", 1, 1, "a rule set needs at least one .drl file"));
    }

    ReleaseId release = kie.newReleaseId("dev.crisisdesk.rules", "ruleset", "1.0." + builds.incrementAndGet());
    KieFileSystem kfs = kie.newKieFileSystem();
    kfs.generateAndWritePomXML(release);
    files.files().forEach((name, text) -> {
      if (name.endsWith(".drl")) kfs.write(SOURCE_DIR + name, text);
    });
    KieBuilder builder = kie.newKieBuilder(kfs).buildAll();
    for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
      // a syntax error is followed by this echo of it, which tells a strategist nothing
      if (!message.getText().contains("Parser returned a null Package")) findings.add(toFinding(message));
    }
    if (findings.stream().anyMatch(RuleFinding::isError)) {
      kie.getRepository().removeKieModule(release);
      throw new InvalidRulesException(findings);
    }
    KieBaseConfiguration config = kie.newKieBaseConfiguration();
    config.setOption(EventProcessingOption.STREAM);
    KieBase kieBase = kie.newKieContainer(release).newKieBase(config);
    // the container holds what it needs; the global repository must not keep every version
    kie.getRepository().removeKieModule(release);
    return new CompiledRules(files, queues, settings, kieBase, ruleNames(kieBase), findings);
  }

  private static List<String> ruleNames(KieBase kieBase) {
    List<String> names = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) names.add(rule.getName());
    }
    names.sort(null);
    return names;
  }

  private static void checkNames(String file, String text, Pattern call, java.util.Set<String> declared, String problem,
      String declaredIn, List<RuleFinding> findings) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher found = call.matcher(lines[i]);
      while (found.find()) {
        String name = found.group(1);
        if (!declared.contains(name)) {
          findings.add(RuleFinding.error(file, i + 1, found.start(1),
              problem + " '" + name + "' (" + declaredIn + " declares " + declared + ")"));
        }
      }
    }
  }

  /**
   * Every file of a set must declare the same package: Drools 10.2 attaches the rules of all but
   * the largest package one by one, and a windowed accumulate attached that way can stop firing
   * (apache/incubator-kie#7109, fixed after 10.2.0).
   */
  private static void checkOnePackage(RuleFiles files, List<RuleFinding> findings) {
    String first = null;
    String firstFile = null;
    for (var file : files.files().entrySet()) {
      if (!file.getKey().endsWith(".drl")) continue;
      Matcher declared = PACKAGE.matcher(file.getValue());
      String pkg = declared.find() ? declared.group(1) : "";
      if (first == null) {
        first = pkg;
        firstFile = file.getKey();
      } else if (!first.equals(pkg)) {
        int offset = pkg.isEmpty() ? 0 : declared.start(1);
        findings.add(RuleFinding.at(file.getKey(), file.getValue(), offset, RuleFinding.Severity.ERROR, "declares package '" + pkg + "' but " + firstFile + " declares '"
            + first + "': every file of a rule set declares the same package (a Drools 10.2 defect makes windows in a second package stop firing)"));
      }
    }
  }

  private static BrandSettings settings(String text, List<RuleFinding> findings) {
    if (text == null) return BrandSettings.NONE;
    io.vertx.core.json.JsonObject json;
    try {
      json = new io.vertx.core.json.JsonObject(text);
    } catch (io.vertx.core.json.DecodeException | ClassCastException e) {
      findings.add(RuleFinding.error(RuleFiles.SETTINGS, 1, 1, "not a JSON object of settings: " + e.getMessage()));
      return BrandSettings.NONE;
    }
    List<String> problems = new ArrayList<>();
    BrandSettings settings = BrandSettings.NONE.with(json, problems);
    problems.forEach(problem -> findings.add(RuleFinding.error(RuleFiles.SETTINGS, 1, 1, problem)));
    return settings;
  }

  private static RuleFinding toFinding(Message message) {
    String path = message.getPath();
    String file = path == null ? "rules" : path.substring(path.lastIndexOf('/') + 1);
    String text = message.getText() == null ? "" : message.getText().strip().replaceAll("\\s+", " ");
    return RuleFinding.error(file, message.getLine(), message.getColumn(), text);
  }
}
