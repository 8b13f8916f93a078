package dev.crisisdesk.replay;

import static dev.crisisdesk.replay.Stream.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Sentiment;
import dev.crisisdesk.facts.Severity;
import dev.crisisdesk.replay.Replay.Event;
import dev.crisisdesk.replay.Replay.IncidentChanged;
import dev.crisisdesk.rules.CompiledRules;
import dev.crisisdesk.rules.RuleCompiler;
import dev.crisisdesk.rules.RuleFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default crisis plan on timestamped streams, in event time: no sleeps, no wall clock. */
class CrisisRulesTest {
  private static CompiledRules rules;

  @BeforeAll
  static void compile() throws Exception {
    rules = new RuleCompiler().compile(RuleFiles.load(Path.of("rules")));
  }

  @Test
  void negativeSpikeOpensExactlyOneIncidentAtTheExpectedComment() {
    List<Comment> stream = new Stream().calm("acme", 0, 30, 2, 0).burst("acme", 30 * 60, 60, 240, "This is a disgrace, you ruined it").comments();
    Comment expected = stream.stream().filter(c -> c.isNegative()).skip(19).findFirst().orElseThrow();

    List<IncidentChanged> incidents = incidents(replay(stream));

    List<IncidentChanged> opened = incidents.stream().filter(i -> i.change().equals("opened")).toList();
    assertThat(opened).hasSize(1);
    assertThat(opened.get(0).rule()).isEqualTo("Negative spike");
    assertThat(opened.get(0).commentId()).isEqualTo(expected.getId());
    assertThat(opened.get(0).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(incidents).filteredOn(i -> i.change().equals("escalated"))
        .extracting(IncidentChanged::severity).containsExactly(Severity.HIGH);
  }

  @Test
  void fiftyNegativesInFiveMinutesAtTenTimesTheBaselineOpenOneIncident() {
    // baseline: 2 a minute for 30 minutes, one in five negative: 0.4 negative a minute; the burst is 10 a minute
    List<Comment> stream = new Stream().calm("acme", 0, 30, 2, 5).burst("acme", 30 * 60, 50, 300, "Worst experience ever").comments();

    assertThat(incidents(replay(stream))).filteredOn(i -> i.change().equals("opened")).hasSize(1);
  }

  @Test
  void calmTrafficForAnHourOpensNone() {
    List<Comment> stream = new Stream().calm("acme", 0, 60, 2, 3).comments();

    assertThat(incidents(replay(stream))).isEmpty();
  }

  @Test
  void busyBrandAtItsUsualRatesOpensNoneOnceItHasAnHourOfHistory() {
    // without history, a busy brand's first minutes look like a surge: backfill gives it a baseline
    List<Comment> stream = new Stream().calm("busy", 0, 180, 30, 4).comments();
    long afterAnHour = Stream.T0.plusSeconds(70 * 60).toEpochMilli();

    assertThat(incidents(replay(stream))).filteredOn(i -> i.change().equals("opened") && i.at() >= afterAnHour).isEmpty();
  }

  @Test
  void volumeAnomalyOpensWhenTrafficJumpsFarAboveTheUsualRate() {
    List<Comment> stream = new Stream().calm("viral", 0, 70, 3, 0).calm("viral", 70, 10, 30, 0).comments();

    assertThat(incidents(replay(stream))).extracting(IncidentChanged::rule).containsExactly("Volume anomaly");
  }

  @Test
  void burstForOneBrandAmongCalmTrafficOpensAnIncidentForThatBrandAlone() {
    List<Comment> stream = new Stream().calm("calm-a", 0, 40, 2, 3).calm("calm-b", 0, 40, 6, 3).calm("angry", 0, 40, 2, 0)
        .burst("angry", 35 * 60, 40, 180, "I want my money back, this is a scam").comments();

    List<IncidentChanged> opened = incidents(replay(stream)).stream().filter(i -> i.change().equals("opened")).toList();

    // "scam" is a watch term: the watch-term surge opens the incident and the negative spike joins it
    assertThat(opened).as("one surge, one incident").singleElement().satisfies(incident -> assertThat(incident.brand()).isEqualTo("angry"));
  }


  @Test
  void resolvedIncidentCoolsDownBeforeTheSameRuleOpensAnother() {
    try (Replay replay = new Replay(rules)) {
      List<Event> events = new ArrayList<>();
      new Stream().burst("acme", 0, 25, 120, "awful").comments().forEach(c -> events.addAll(replay.feed(c)));
      IncidentChanged first = incidents(events).get(0);
      long resolvedAt = first.at() + 60_000;
      // what the service does on resolve: the book learns it, the session loses the Crisis fact
      bookOf(replay).resolved(first.id(), resolvedAt + 30 * 60_000);

      List<Event> later = new ArrayList<>();
      new Stream().burst("acme", 10 * 60, 25, 120, "still awful").comments().forEach(c -> later.addAll(replay.feed(c)));
      new Stream().burst("acme", 45 * 60, 25, 120, "awful again").comments().forEach(c -> later.addAll(replay.feed(c)));

      List<IncidentChanged> reopened = incidents(later).stream().filter(i -> i.change().equals("opened")).toList();
      assertThat(reopened).hasSize(1);
      assertThat(reopened.get(0).at()).isGreaterThanOrEqualTo(resolvedAt + 30 * 60_000);
    }
  }

  @Test
  void watchTermsSurgeOpensAnIncident() {
    Stream stream = new Stream().calm("food", 0, 20, 2, 0);
    for (int i = 0; i < 5; i++) stream.add(comment("food", 20 * 60 + i * 60, "Got food poisoning after eating there", Sentiment.NEGATIVE, 50, false));

    assertThat(incidents(replay(stream.comments()))).extracting(IncidentChanged::rule).containsExactly("Watch terms surge");
  }

  @Test
  void watchTermsMatchWholeWordsOnly() {
    Stream stream = new Stream();
    for (int i = 0; i < 8; i++) stream.add(comment("words", i * 60, "Is there an issue with the scampi recipe?", Sentiment.NEUTRAL, 50, false));

    assertThat(incidents(replay(stream.comments()))).isEmpty();
  }

  @Test
  void oneInfluentialComplaintGoesToTheTopOfItsQueueAndOpensNoIncident() {
    Comment star = comment("star", 0, "Really disappointed in this brand", Sentiment.NEGATIVE, 250_000, false);
    Comment after = comment("star", 60, "Can I change my delivery address?", Sentiment.NEGATIVE, 10, false);
    List<Event> events = replay(List.of(star, after));

    assertThat(incidents(events)).isEmpty();
    assertThat(route(events, star.getId())).isNotEqualTo("crisis");
    assertThat(route(events, after.getId())).isNotEqualTo("crisis");
  }

  @Test
  void anIncidentGathersItsCausesAndWhatIsSaidAboutItAndLeavesTheRest() {
    List<Comment> stream = new ArrayList<>(new Stream().burst("acme", 0, 30, 200, "the checkout is broken, terrible").comments());
    Comment firstCause = stream.get(0);
    Comment about = comment("acme", 400, "Checkout still broken for me", Sentiment.NEGATIVE, 10, false);
    Comment unrelated = comment("acme", 405, "My parcel is late", Sentiment.NEGATIVE, 10, false);
    Comment elsewhere = comment("other", 400, "the checkout is broken, terrible", Sentiment.NEGATIVE, 10, false);
    stream.addAll(List.of(about, unrelated, elsewhere));

    List<Event> events = replay(stream);

    assertThat(route(events, about.getId())).isEqualTo("crisis");
    assertThat(route(events, unrelated.getId())).isEqualTo("complaints");
    assertThat(route(events, elsewhere.getId())).isEqualTo("complaints");
    // queued before the incident opened, it moves with it
    assertThat(route(events, firstCause.getId())).isEqualTo("complaints");
    assertThat(events).filteredOn(e -> e instanceof Replay.Joined j && j.commentId().equals(firstCause.getId())).singleElement()
        .satisfies(e -> {
          Replay.Joined joined = (Replay.Joined) e;
          assertThat(joined.moved()).isTrue();
          assertThat(joined.queue()).isEqualTo("crisis");
          assertThat(joined.priority()).isEqualTo(95);
          assertThat(joined.incidentId()).isNotBlank();
        });
  }

  @Test
  void unansweredItemsEscalateInEventTime() {
    Comment question = comment("slow", 0, "How do I return a parcel?", Sentiment.NEUTRAL, 10, false);
    Comment muchLater = comment("slow", 5 * 3600, "Nice", Sentiment.POSITIVE, 10, false);

    List<Event> events = replay(List.of(question, muchLater));

    assertThat(events).filteredOn(e -> e instanceof Replay.Escalated).singleElement().satisfies(e -> {
      Replay.Escalated escalated = (Replay.Escalated) e;
      assertThat(escalated.commentId()).isEqualTo(question.getId());
      assertThat(escalated.escalation().queue()).isEqualTo("complaints");
      assertThat(escalated.escalation().priority()).isEqualTo(50);
      assertThat(escalated.at()).isEqualTo(question.getEventTime() + 240 * 60_000L);
    });
  }

  private static String route(List<Event> events, String commentId) {
    return events.stream().filter(e -> e instanceof Replay.Decided d && d.commentId().equals(commentId))
        .map(e -> ((Replay.Decided) e).outcome().route().queue()).findFirst().orElseThrow();
  }

  private static List<Event> replay(List<Comment> stream) {
    try (Replay replay = new Replay(rules)) {
      List<Event> events = new ArrayList<>();
      stream.forEach(comment -> events.addAll(replay.feed(comment)));
      return events;
    }
  }

  private static List<IncidentChanged> incidents(List<Event> events) {
    return events.stream().filter(e -> e instanceof IncidentChanged).map(e -> (IncidentChanged) e).toList();
  }

  private static dev.crisisdesk.crisis.IncidentBook bookOf(Replay replay) {
    return replay.book("acme");
  }
}
