package dev.crisisdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default pack on the sets we wrote (src/test/resources/triage), scored by the real models: complaints,
 * however rude, reach a reply queue, and spam and abuse aimed at people stay out of them. The floors sit a
 * little under what the pack does today (docs/rules.md has the figures), so a change that lets more through
 * fails here.
 */
@Tag("slow")
class TriageSetsTest {
  @ParameterizedTest(name = "{0}: at least {1} of every comment reaches a reply queue")
  @CsvSource({"hostile-complaints, 1.0", "profane-complaints, 1.0"})
  void complaintsReachAReplyQueue(String set, double floor) {
    Share share = replay(set);

    assertThat(share.reply()).as(set + " in a reply queue").isGreaterThanOrEqualTo(floor);
    assertThat(share.hidden()).as(set + " hidden").isZero();
  }

  @ParameterizedTest(name = "{0}: at least {1} kept out of the reply queues")
  @CsvSource({"abuse, 0.95", "abuse-batch2, 0.9", "abuse-batch3, 0.9", "abuse-batch4, 0.9", "abuse-batch5, 0.9", "abuse-batch6, 0.85", "abuse-batch7, 0.3",
      "spam, 0.9", "spam-batch2, 0.9", "spam-batch3, 0.85", "spam-batch4, 0.8", "spam-batch5, 0.85", "spam-batch6, 0.85"})
  void spamAndAbuseStayOutOfTheReplyQueues(String set, double floor) {
    Share share = replay(set);

    assertThat(1 - share.reply()).as(set + " kept out of the reply queues").isGreaterThanOrEqualTo(floor);
  }

  private record Share(double reply, double hidden) {}

  private static Share replay(String set) {
    CliRun run = CliRun.of("rules", "replay", "--rules", "rules", "--comments", "src/test/resources/triage/" + set + ".ndjson", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    List<JsonObject> comments = run.out().lines().map(JsonObject::new).filter(line -> "comment".equals(line.getString("type"))).toList();
    assertThat(comments).isNotEmpty();
    long reply = comments.stream().filter(c -> "queued".equals(c.getString("status")) && !"moderation".equals(c.getString("queue"))).count();
    long hidden = comments.stream().filter(c -> "hidden".equals(c.getString("status"))).count();
    return new Share(reply / (double) comments.size(), hidden / (double) comments.size());
  }
}
