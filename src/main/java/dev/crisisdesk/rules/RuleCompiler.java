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
  private static final Pattern ROUTE = Pattern.compile("actions\\s*\\.\\s*route\\s*\\(\\s*[^,()]+,\\s*\"([^\"]*)\"");

  private final KieServices kie = KieServices.Factory.get();
  private final AtomicLong builds = new AtomicLong();

  public CompiledRules compile(RuleFiles files) throws InvalidRulesException {
    List<RuleFinding> findings = new ArrayList<>();
    Map<String, QueueSpec> queues = QueuesFile.parse(files.files().get(RuleFiles.QUEUES), findings);
    files.files().forEach((name, text) -> {
      if (name.endsWith(".drl")) checkRoutes(name, text, queues, findings);
    });
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
    if (!findings.isEmpty()) {
      kie.getRepository().removeKieModule(release);
      throw new InvalidRulesException(findings);
    }
    KieBaseConfiguration config = kie.newKieBaseConfiguration();
    config.setOption(EventProcessingOption.STREAM);
    KieBase kieBase = kie.newKieContainer(release).newKieBase(config);
    // the container holds what it needs; the global repository must not keep every version
    kie.getRepository().removeKieModule(release);
    return new CompiledRules(files, queues, kieBase, ruleNames(kieBase));
  }

  private static List<String> ruleNames(KieBase kieBase) {
    List<String> names = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) names.add(rule.getName());
    }
    names.sort(null);
    return names;
  }

  private static void checkRoutes(String file, String text, Map<String, QueueSpec> queues, List<RuleFinding> findings) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher route = ROUTE.matcher(lines[i]);
      while (route.find()) {
        String queue = route.group(1);
        if (!queues.containsKey(queue)) {
          findings.add(RuleFinding.error(file, i + 1, route.start(1),
              "route to undeclared queue '" + queue + "' (queues.json declares " + queues.keySet() + ")"));
        }
      }
    }
  }

  private static RuleFinding toFinding(Message message) {
    String path = message.getPath();
    String file = path == null ? "rules" : path.substring(path.lastIndexOf('/') + 1);
    String text = message.getText() == null ? "" : message.getText().strip().replaceAll("\\s+", " ");
    return RuleFinding.error(file, message.getLine(), message.getColumn(), text);
  }
}
