package dev.crisisdesk.rules;

import static dev.crisisdesk.rules.Comments.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Decision;
import dev.crisisdesk.facts.Sentiment;
import dev.crisisdesk.facts.Signals;
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
    assertThat(outcome.decisions()).extracting(Decision::rule).contains("Spam is hidden");
  }

  @Test
  void threatsAreHiddenInsultsGoToAModeratorAndSwearingCustomersAreAnswered() {
    Outcome threat = engine.decide(comment("@someone I know where you live, watch your back", Sentiment.VERY_NEGATIVE, 0.9, 10, false)).outcome();
    Outcome insult = engine.decide(comment("@someone you idiots", Sentiment.VERY_NEGATIVE, 0.95, 10, false)).outcome();
    Outcome rude = engine.decide(comment("this is crap, my order never arrived", Sentiment.NEGATIVE, 0.6, 10, false)).outcome();

    assertThat(threat.status()).isEqualTo(Outcome.Status.HIDDEN);
    assertThat(insult.route().queue()).isEqualTo("moderation");
    assertThat(rude.decisions()).anySatisfy(d -> assertThat(d.args()).containsEntry("reason", "profanity"));
    assertThat(rude.route().queue()).isEqualTo("complaints");
  }

  @Test
  void aCommentThatReadsLikeSpamGoesToAModeratorUnlessTheScoreIsUnderTheThreshold() {
    String pitch = "Need 10 people who want to lose 15 lbs before Christmas, comment ME and I'll reach out";
    Signals read = dev.crisisdesk.nlp.Triage.signals(pitch, "en", 0.1, 0);
    Outcome spammy = engine.decide(comment(pitch, Sentiment.NEUTRAL, 0, 40, false, read.withScores(0, 0.97))).outcome();
    Outcome unsure = engine.decide(comment(pitch, Sentiment.NEUTRAL, 0, 40, false, read.withScores(0, 0.9))).outcome();

    assertThat(spammy.route().queue()).isEqualTo("moderation");
    assertThat(spammy.decisions()).extracting(Decision::rule).contains("Comments that read like spam go to a moderator");
    assertThat(spammy.decisions()).anySatisfy(d -> assertThat(d.args().get("reason")).asString().contains("reads like spam, score 0.97"));
    assertThat(unsure.route().queue()).isNotEqualTo("moderation");
    assertThat(unsure.decisions()).extracting(Decision::rule).doesNotContain("Comments that read like spam go to a moderator");
  }

  @Test
  void aRepeatedCommentFromTheSameAuthorIsADuplicate() {
    Comment first = comment("Is the store on Main Street open today?", Sentiment.NEUTRAL, 10, false);
    Comment again = new Comment("acme", "twitter", first.getId() + "-again", first.getText(), first.getAuthor(),
        first.getCreatedAt().plusSeconds(60), Sentiment.NEUTRAL, 0, 0, 0, "en", null, first.signals());

    assertThat(engine.decide(first).outcome().status()).isEqualTo(Outcome.Status.QUEUED);
    Outcome duplicate = engine.decide(again).outcome();
    assertThat(duplicate.status()).isEqualTo(Outcome.Status.IGNORED);
    assertThat(duplicate.decisions()).extracting(Decision::rule).contains("A repeated comment from the same author is a duplicate");
  }

  @Test
  void praiseIsTaggedAndAnsweredAfterEverythingElse() {
    Outcome outcome = engine.decide(comment("Thanks for the quick reply, problem solved!", Sentiment.POSITIVE, 50, false)).outcome();

    assertThat(outcome.status()).isEqualTo(Outcome.Status.QUEUED);
    assertThat(outcome.route().queue()).isEqualTo("engagement");
    assertThat(outcome.route().priority()).isEqualTo(10);
    assertThat(outcome.decisions()).anySatisfy(d -> {
      assertThat(d.action()).isEqualTo(Decision.Action.TAG);
      assertThat(d.args()).containsEntry("tag", "praise");
      assertThat(d.rule()).isEqualTo("Praise is tagged");
    });
  }

  @Test
  void everyDecisionNamesTheRuleThatMadeIt() {
    Outcome outcome = engine.decide(comment("Why was I charged twice?? Unacceptable", Sentiment.NEGATIVE, 20_000, false)).outcome();

    assertThat(outcome.decisions()).isNotEmpty().allSatisfy(d -> assertThat(d.rule()).isNotBlank());
    assertThat(outcome.route().queue()).isEqualTo("urgent");
  }
}
