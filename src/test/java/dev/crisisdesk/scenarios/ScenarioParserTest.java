package dev.crisisdesk.scenarios;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioParserTest {
  /** A trained score a scenario gives by hand must be a number from 0 to 1; NaN passes every comparison, so it is refused too. */
  @ParameterizedTest
  @ValueSource(strings = {"spamScore=NaN", "spamScore=2", "attack=NaN", "needsReply=-0.5", "spamScore=Infinity"})
  void aScoreOutsideZeroToOneIsAnErrorNamingTheLine(String option) {
    String text = "scenario Scores\n\ncomment 09:00:00 a neutral " + option + " \"hello there\"\nexpect a queued engagement\n";

    assertThatThrownBy(() -> ScenarioParser.parse("scores.scenario", text)).hasMessageContaining("scores.scenario:3")
        .hasMessageContaining("outside [0, 1]");
  }
}
