package dev.crisisdesk.rules;

import dev.crisisdesk.rules.sandbox.AllowList;
import dev.crisisdesk.rules.sandbox.Budget;
import dev.crisisdesk.rules.sandbox.Instrumenter;
import dev.crisisdesk.rules.sandbox.RuleBytecode;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
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
 * Compiles a rule set into a STREAM-mode knowledge base that can only do what rules may do.
 *
 * <ol>
 *   <li>The files' unicode escapes are decoded, and their text checked for what Drools cannot
 *       know: {@code queues.json}, {@code settings.json}, queue and threshold names, imports,
 *       globals, one package.
 *   <li>Drools' executable model turns every constraint, {@code eval}, {@code from}, accumulate,
 *       consequence, function and declared type into JVM classes. If that fails, the classic
 *       (mvel) build of the same files reports the errors at their DRL lines; it never runs.
 *   <li>Every class is verified against the sandbox's allow-list ({@link RuleBytecode}); a refused
 *       reference is an error at the DRL line that wrote it.
 *   <li>The verified classes are instrumented to answer to a {@link Budget} ({@link Instrumenter})
 *       and only those instrumented classes are loaded.
 * </ol>
 */
public final class RuleCompiler {
  private static final String SOURCE_DIR = "src/main/resources/crisisdesk/";
  private static final Pattern ROUTE = Pattern.compile("actions\\s*\\.\\s*(?:route|escalateTo)\\s*\\(\\s*[^,()]+,\\s*\"([^\"]*)\"");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?\\s*$");
  private static final Pattern KEEPS_WINDOW = Pattern.compile("new\\s+(?:dev\\.crisisdesk\\.facts\\.)?WindowCount\\s*\\(\\s*\"([^\"\\n]*)\"");
  private static final Pattern READS_WINDOW = Pattern.compile("\\bWindowCount\\s*\\(\\s*name\\s*==\\s*\"([^\"\\n]*)\"");
  private static final Pattern THRESHOLD = Pattern.compile("\\b(?:threshold|count)\\s*\\(\\s*\"([^\"]*)\"");

  private final KieServices kie = KieServices.Factory.get();
  private final AtomicLong builds = new AtomicLong();

  public CompiledRules compile(RuleFiles given) throws InvalidRulesException {
    RuleFiles files = decoded(given);
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
    checkWindowCounts(files, findings);
    if (files.files().keySet().stream().noneMatch(name -> name.endsWith(".drl"))) {
      findings.add(RuleFinding.error("rules", 1, 1, "a rule set needs at least one .drl file"));
    }

    ReleaseId release = kie.newReleaseId("dev.crisisdesk.rules", "ruleset", "1.0." + builds.incrementAndGet());
    KieBuilder builder = kie.newKieBuilder(fileSystem(files, release)).buildAll(ExecutableModelProject.class);
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      kie.getRepository().removeKieModule(release);
      List<RuleFinding> placed = new ErrorPlaces(drlFiles(files)).place(errors(classicBuild(files)));
      findings.addAll(placed.isEmpty() ? errors(builder) : placed);
      throw new InvalidRulesException(findings);
    }
    MemoryKieModule built = (MemoryKieModule) ((CanonicalKieModule) builder.getKieModule()).getInternalKieModule();
    kie.getRepository().removeKieModule(release);
    Map<String, byte[]> classes = classes(built);
    RuleBytecode.Report report = RuleBytecode.verify(classes, AllowList.standard(), packages(files));
    if (!report.violations().isEmpty()) {
      ViolationPlaces places = new ViolationPlaces(drlFiles(files));
      report.violations().stream().map(v -> places.place(v, report.rulesByClass())).distinct().forEach(findings::add);
      throw new InvalidRulesException(findings);
    }
    if (findings.stream().anyMatch(RuleFinding::isError)) throw new InvalidRulesException(findings);
    KieBase kieBase = load(release, built, classes);
    return new CompiledRules(given, queues, settings, kieBase, ruleNames(kieBase), findings);
  }

  /** Loads the instrumented classes, and only them, into a fresh module and its knowledge base. */
  private KieBase load(ReleaseId release, MemoryKieModule built, Map<String, byte[]> classes) {
    MemoryFileSystem mfs = built.getMemoryFileSystem();
    classes.forEach((name, bytes) -> mfs.write(name + ".class", Instrumenter.instrument(bytes, AllowList.standard())));
    InternalKieModule module = new CanonicalKieModule(new MemoryKieModule(release, built.getKieModuleModel(), mfs));
    kie.getRepository().addKieModule(module);
    try {
      KieBaseConfiguration config = kie.newKieBaseConfiguration();
      config.setOption(EventProcessingOption.STREAM);
      // building the base may run a declared type's initializers: rule code, so under a budget
      return Budget.run(Budget.Limits.DEFAULT.times(10), () -> kie.newKieContainer(release).newKieBase(config));
    } finally {
      // the container holds what it needs; the global repository must not keep every version
      kie.getRepository().removeKieModule(release);
    }
  }

  private static Map<String, byte[]> classes(InternalKieModule module) {
    Map<String, byte[]> classes = new TreeMap<>();
    for (String name : module.getFileNames()) {
      if (name.endsWith(".class")) classes.put(name.substring(0, name.length() - ".class".length()), module.getBytes(name));
    }
    return classes;
  }

  private static Set<String> packages(RuleFiles files) {
    Set<String> packages = new HashSet<>();
    drlFiles(files).values().forEach(text -> {
      Matcher declared = PACKAGE.matcher(text);
      packages.add(declared.find() ? declared.group(1).replace('.', '/') : "defaultpkg");
    });
    return packages;
  }

  private KieFileSystem fileSystem(RuleFiles files, ReleaseId release) {
    KieFileSystem kfs = kie.newKieFileSystem();
    kfs.generateAndWritePomXML(release);
    drlFiles(files).forEach((name, text) -> kfs.write(SOURCE_DIR + name, text));
    return kfs;
  }

  /** The classic build, for the DRL positions of its errors only: its result is never loaded. */
  private KieBuilder classicBuild(RuleFiles files) {
    ReleaseId release = kie.newReleaseId("dev.crisisdesk.rules", "check", "1.0." + builds.incrementAndGet());
    KieBuilder builder = kie.newKieBuilder(fileSystem(files, release)).buildAll();
    kie.getRepository().removeKieModule(release);
    return builder;
  }

  private static List<RuleFinding> errors(KieBuilder builder) {
    List<RuleFinding> errors = new ArrayList<>();
    for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
      // a syntax error is followed by this echo of it, which tells a strategist nothing
      if (!message.getText().contains("Parser returned a null Package")) errors.add(toFinding(message));
    }
    return errors;
  }

  private static Map<String, String> drlFiles(RuleFiles files) {
    Map<String, String> drl = new TreeMap<>();
    files.files().forEach((name, text) -> {
      if (name.endsWith(".drl")) drl.put(name, text);
    });
    return drl;
  }

  private static RuleFiles decoded(RuleFiles files) {
    Map<String, String> decoded = new HashMap<>();
    files.files().forEach((name, text) -> decoded.put(name, name.endsWith(".drl") ? RuleSandbox.decodeUnicodeEscapes(text) : text));
    return new RuleFiles(decoded);
  }

  private static List<String> ruleNames(KieBase kieBase) {
    List<String> names = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) names.add(rule.getName());
    }
    names.sort(null);
    return names;
  }

  /**
   * A crisis rule that reads a window count by a name no counting rule keeps never matches, silently:
   * every name read in {@code WindowCount( name == "..." )} must be kept by an
   * {@code insertLogical( new WindowCount( "...", ... ) )} in some file of the set.
   */
  private static void checkWindowCounts(RuleFiles files, List<RuleFinding> findings) {
    Set<String> kept = new TreeSet<>();
    files.files().forEach((name, text) -> {
      if (!name.endsWith(".drl")) return;
      // matched on the code with comments and string contents blanked; the names are read back from the text
      Matcher keeps = KEEPS_WINDOW.matcher(RuleSandbox.blankStringsAndComments(text));
      while (keeps.find()) kept.add(text.substring(keeps.start(1), keeps.end(1)));
    });
    files.files().forEach((name, text) -> {
      if (!name.endsWith(".drl")) return;
      Matcher reads = READS_WINDOW.matcher(RuleSandbox.blankStringsAndComments(text));
      while (reads.find()) {
        String window = text.substring(reads.start(1), reads.end(1));
        if (kept.contains(window)) continue;
        findings.add(RuleFinding.at(name, text, reads.start(1), RuleFinding.Severity.ERROR, "no rule keeps the window count '" + window
            + "', so this pattern never matches; the counting rules keep " + (kept.isEmpty() ? "none" : kept)));
      }
    });
  }

  private static void checkNames(String file, String text, Pattern call, Set<String> declared, String problem,
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
    JsonObject json;
    try {
      json = new JsonObject(text);
    } catch (DecodeException | ClassCastException e) {
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
