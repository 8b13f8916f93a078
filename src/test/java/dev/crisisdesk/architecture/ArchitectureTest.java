package dev.crisisdesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on the compiled classes (docs/architecture.md). The rules that
 * hold are enforced as they are; the package cycles that remain are frozen: the test fails on any
 * new cycle, and the record in src/test/resources/archunit_store shrinks as cycles are removed.
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

  @Test
  void noNewPackageCycles() {
    FreezingArchRule.freeze(slices().matching("dev.crisisdesk.(*)..").should().beFreeOfCycles()).check(classes);
  }
}
