package dev.crisisdesk.rules;

import static dev.crisisdesk.rules.Comments.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.facts.Decision;
import dev.crisisdesk.facts.Sentiment;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DefaultRulePackTest {
  private static RuleEngine engine;

  @BeforeAll
  static void compileDefaultPack() throws InvalidRulesException {
    engine = new RuleEngine(new RuleCompiler().compile(RuleFiles.load(Path.of("rules"))), RuleEngine.BrandFacts.NONE);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void negativeCommentFromBigAudienceOutranksAnyNeutralQuestionFromSmallAccount() {
    Outcome angry = engine.decide(comment("Your app deleted all my photos. Terrible.", Sentiment.NEGATIVE, 25_000, false)).outcome();
    Outcome verified = engine.decide(comment("This is the worst service ever.", Sentiment.VERY_NEGATIVE, 10, true)).outcome();
    Outcome question = engine.decide(comment("How do I change my password?", Sentiment.NEUTRAL, 12, false)).outcome();

    assertThat(angry.status()).isEqualTo(Outcome.Status.QUEUED);
    assertThat(angry.route().queue()).isEqualTo("urgent");
    assertThat(verified.route().queue()).isEqualTo("urgent");
    assertThat(question.route().queue()).isEqualTo("questions");
    assertThat(angry.route().priority()).isGreaterThan(question.route().priority());
    assertThat(verified.route().priority()).isGreaterThan(question.route().priority());
    assertThat(angry.route().dueAt()).isBefore(question.route().dueAt());
  }

  @Test
  void negativeCommentFromSmallAccountGoesToComplaints() {
    Outcome outcome = engine.decide(comment("My order is late again.", Sentiment.NEGATIVE, 40, false)).outcome();

    assertThat(outcome.route().queue()).isEqualTo("complaints");
    assertThat(outcome.route().rules()).containsExactly("Negative comments go to complaints");
  }

  @Test
  void spamWithLinkIsHidden() {
    Outcome outcome = engine.decide(comment("Get free followers now http://spam.example", Sentiment.NEUTRAL, 3, false)).outcome();

    assertThat(outcome.status()).isEqualTo(Outcome.Status.HIDDEN);
    assertThat(outcome.decisions()).extracting(Decision::rule).contains("Spam with a link is hidden");
  }

  @Test
  void abuseIsHiddenAndRudenessIsFlaggedForModerator() {
    Outcome abuse = engine.decide(comment("you idiots", Sentiment.VERY_NEGATIVE, 0.95, 10, false)).outcome();
    Outcome rude = engine.decide(comment("this is crap", Sentiment.NEGATIVE, 0.6, 10, false)).outcome();

    assertThat(abuse.status()).isEqualTo(Outcome.Status.HIDDEN);
    assertThat(rude.decisions()).extracting(Decision::action).contains(Decision.Action.FLAG);
    assertThat(rude.status()).isEqualTo(Outcome.Status.QUEUED);
  }

  @Test
  void praiseIsTaggedNotQueued() {
    Outcome outcome = engine.decide(comment("Thanks for the quick reply, problem solved!", Sentiment.POSITIVE, 50, false)).outcome();

    assertThat(outcome.status()).isEqualTo(Outcome.Status.IGNORED);
    assertThat(outcome.decisions()).anySatisfy(d -> {
      assertThat(d.action()).isEqualTo(Decision.Action.TAG);
      assertThat(d.args()).containsEntry("tag", "praise");
      assertThat(d.rule()).isEqualTo("Praise is tagged, not queued");
    });
  }

  @Test
  void everyDecisionNamesTheRuleThatMadeIt() {
    Outcome outcome = engine.decide(comment("Why was I charged twice?? Unacceptable", Sentiment.NEGATIVE, 20_000, false)).outcome();

    assertThat(outcome.decisions()).isNotEmpty().allSatisfy(d -> assertThat(d.rule()).isNotBlank());
    assertThat(outcome.route().queue()).isEqualTo("urgent");
  }
}
