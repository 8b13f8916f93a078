package dev.crisisdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A compile error is reported once, at the line and column of the mistake, with the name meant when one is misspelled. */
class ErrorPlacesTest {
  private static final String QUEUES = "[{\"name\": \"support\", \"slaMinutes\": 60, \"escalateTo\": null}]";
  private static final String HEADER = """
      package test
      import dev.crisisdesk.facts.Comment
      global dev.crisisdesk.facts.Actions actions

      """;

  private final RuleCompiler compiler = new RuleCompiler();

  @Test
  void aSyntaxErrorInAConsequenceIsAtItsLineAndColumn() {
    List<RuleFinding> findings = errors("""
        rule "Bad consequence"
        when
          $c : Comment( spam )
        then
          actions.flag($c, "y");
          int x = ;
        end
        """);

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.format()).startsWith("bad.drl:10:9: error:"));
  }

  @Test
  void aMissingSemicolonIsAtTheEndOfTheStatementThatLacksIt() {
    List<RuleFinding> findings = errors("""
        rule "Missing semicolon"
        when
          $c : Comment( spam )
        then
          actions.flag($c, "y")
          actions.flag($c, "z");
        end
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.format()).startsWith("bad.drl:9:24: error:");
      assertThat(f.message()).contains("';'");
    });
  }

  @Test
  void aMisspelledActionIsAtItsNameWithTheOneMeant() {
    List<RuleFinding> findings = errors("""
        rule "Unknown action"
        when
          $c : Comment( spam )
        then
          actions.flg($c, "y");
        end
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.format()).startsWith("bad.drl:9:11: error:");
      assertThat(f.message()).contains("did you mean 'flag'?");
    });
  }

  @Test
  void aMisspelledPropertyIsReportedOnceAtItsNameWithTheOneMeant() {
    List<RuleFinding> findings = errors("""
        rule "Typo"
        when
          $c : Comment( spam,
                        author.folowers > 10 )
        then
          actions.flag($c, "x");
        end
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.format()).startsWith("bad.drl:8:24: error:");
      assertThat(f.message()).contains("'folowers'", "Author", "did you mean 'followers'?");
    });
  }

  @Test
  void anUnclosedParenthesisIsReportedWhereItWasOpened() {
    List<RuleFinding> findings = errors("""
        rule "Unclosed"
        when
          $c : Comment( spam, (linkCount > 2 )
        then
          actions.flag($c, "x");
        end
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.format()).startsWith("bad.drl:7:15: error:");
      assertThat(f.message()).contains("'(' is never closed");
    });
  }

  private List<RuleFinding> errors(String rules) {
    try {
      compiler.compile(new RuleFiles(Map.of("queues.json", QUEUES, "bad.drl", HEADER + rules)));
    } catch (InvalidRulesException e) {
      return e.findings();
    }
    throw new AssertionError("compiled");
  }
}
