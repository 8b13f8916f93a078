package dev.crisisdesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on the compiled classes (docs/architecture.md): features as
 * packages, no package in a dependency cycle, the edge ({@code http}) and the store import no
 * feature, and the stores return records, leaving JSON to the handlers.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.crisisdesk");
  }

  @Test
  void ruleFacingTypesDependOnNothingElseInTheService() {
    noClasses().that().resideInAPackage("dev.crisisdesk.facts..")
        .should().dependOnClassesThat(resideInAPackage("dev.crisisdesk..").and(not(resideInAPackage("dev.crisisdesk.facts.."))))
        .check(classes);
  }

  @Test
  void theAnalysisDependsOnlyOnTheFacts() {
    noClasses().that().resideInAPackage("dev.crisisdesk.nlp..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.crisisdesk.http..", "dev.crisisdesk.store..", "dev.crisisdesk.rules..",
            "dev.crisisdesk.pipeline..", "dev.crisisdesk.ingest..", "dev.crisisdesk.queue..", "dev.crisisdesk.crisis..")
        .check(classes);
  }

  @Test
  void theSandboxStandsAlone() {
    noClasses().that().resideInAPackage("dev.crisisdesk.rules.sandbox..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.crisisdesk.http..", "dev.crisisdesk.store..", "dev.crisisdesk.pipeline..",
            "dev.crisisdesk.facts..", "dev.crisisdesk.nlp..")
        .check(classes);
  }

  @Test
  void theStoreAnswersNoHttpRequest() {
    noClasses().that().resideInAPackage("dev.crisisdesk.store..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.crisisdesk.http..", "io.vertx.ext.web..", "io.vertx.core.http..")
        .check(classes);
  }

  /** Features: each owns its handlers, records and store classes. */
  private static final String[] FEATURES = {"dev.crisisdesk.audit..", "dev.crisisdesk.auth..", "dev.crisisdesk.brands..",
      "dev.crisisdesk.comments..", "dev.crisisdesk.crisis..", "dev.crisisdesk.events..", "dev.crisisdesk.ingest..", "dev.crisisdesk.kpi..",
      "dev.crisisdesk.log..", "dev.crisisdesk.ops..", "dev.crisisdesk.pipeline..", "dev.crisisdesk.queue..", "dev.crisisdesk.rulesets..",
      "dev.crisisdesk.replay..", "dev.crisisdesk.scenarios..", "dev.crisisdesk.cli.."};

  @Test
  void theEdgeAndTheStoreImportNoFeature() {
    noClasses().that().resideInAnyPackage("dev.crisisdesk.http..", "dev.crisisdesk.store..", "dev.crisisdesk.metrics..")
        .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
        .check(classes);
  }

  @Test
  void onlyTheRootWiresTheServiceAndOnlyTheCommandLineStartsIt() {
    noClasses().that().resideOutsideOfPackages("dev.crisisdesk", "dev.crisisdesk.cli..")
        .should().dependOnClassesThat().resideInAPackage("dev.crisisdesk")
        .check(classes);
  }

  /** A class that runs SQL returns records: JSON is made at the edge, so a change to the contract never reaches SQL. */
  @Test
  void whatRunsSqlMakesNoApiJson() {
    noClasses().that(dependOn("java.sql"))
        .should().dependOnClassesThat().resideInAPackage("io.vertx.core.json..")
        .check(classes);
  }

  private static DescribedPredicate<JavaClass> dependOn(String packageName) {
    return DescribedPredicate.describe("depend on " + packageName, type -> type.getDirectDependenciesFromSelf().stream()
        .anyMatch(dependency -> dependency.getTargetClass().getPackageName().equals(packageName)));
  }

  @Test
  void noPackageSitsInADependencyCycle() {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (JavaClass origin : classes) {
      String from = topPackage(origin);
      graph.computeIfAbsent(from, k -> new TreeSet<>());
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        String target = dependency.getTargetClass().getPackageName();
        if (!target.startsWith("dev.crisisdesk")) continue;
        String to = topPackage(dependency.getTargetClass());
        if (!to.equals(from)) graph.get(from).add(to);
      }
    }
    assertThat(inCycles(graph)).as("packages in a dependency cycle (\"\" is dev.crisisdesk itself)").isEmpty();
  }

  /** "" for the root package, else the first package under dev.crisisdesk. */
  private static String topPackage(JavaClass type) {
    String name = type.getPackageName();
    if (name.equals("dev.crisisdesk")) return "";
    String rest = name.substring("dev.crisisdesk.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /** The nodes of strongly connected components larger than one (Tarjan). */
  private static Set<String> inCycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    Set<String> result = new TreeSet<>();
    int[] counter = {0};
    for (String node : graph.keySet()) {
      if (!index.containsKey(node)) connect(node, graph, index, low, stack, onStack, result, counter);
    }
    return result;
  }

  private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
      Deque<String> stack, Set<String> onStack, Set<String> result, int[] counter) {
    index.put(node, counter[0]);
    low.put(node, counter[0]++);
    stack.push(node);
    onStack.add(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      if (!index.containsKey(next)) {
        connect(next, graph, index, low, stack, onStack, result, counter);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      List<String> component = new ArrayList<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      if (component.size() > 1) result.addAll(component);
    }
  }
}
