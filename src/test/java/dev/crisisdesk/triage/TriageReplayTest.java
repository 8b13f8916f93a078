package dev.crisisdesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.SharedModels;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.ingest.CommentValidator;
import dev.crisisdesk.nlp.Analyzer;
import dev.crisisdesk.replay.Replay;
import dev.crisisdesk.rules.CompiledRules;
import dev.crisisdesk.rules.Outcome;
import dev.crisisdesk.rules.RuleCompiler;
import dev.crisisdesk.rules.RuleFiles;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default pack with the real models on the project's own triage sets (src/test/resources/triage,
 * written by us; the public customer-care sample is measured by docs/rules.md's command, not here):
 * spam and abuse aimed at people stay out of the reply queues, and angry, swearing customers get one.
 */
@Tag("slow")
class TriageReplayTest {
  private static final Path SETS = Path.of("src/test/resources/triage");
  private static CompiledRules rules;
  private static Analyzer analyzer;

  @BeforeAll
  static void load() throws Exception {
    rules = new RuleCompiler().compile(RuleFiles.load(Path.of("rules")));
    analyzer = SharedModels.analyzer();
  }

  @Test
  void spamStaysOutOfTheReplyQueues() throws Exception {
    Map<String, Integer> outcomes = replay("spam.ndjson");

    assertThat(share(outcomes, "hidden", "moderation")).as(outcomes.toString()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void abuseAimedAtPeopleStaysOutOfTheReplyQueues() throws Exception {
    Map<String, Integer> outcomes = replay("abuse.ndjson");

    assertThat(share(outcomes, "hidden", "moderation")).as(outcomes.toString()).isGreaterThanOrEqualTo(0.85);
  }

  /**
   * Every batch together, the later ones written after tuning and measured once before any change
   * they prompted (docs/rules.md gives each): a floor against regressions, below the 85% goal that
   * unseen abuse does not yet reach.
   */
  @Test
  void everyBatchOfSpamAndAbuseMostlyStaysOut() throws Exception {
    for (String kind : List.of("spam", "abuse")) {
      Map<String, Integer> outcomes = new TreeMap<>();
      try (var sets = Files.list(SETS)) {
        for (Path set : sets.filter(p -> p.getFileName().toString().startsWith(kind)).toList()) {
          replay(set.getFileName().toString()).forEach((key, n) -> outcomes.merge(key, n, Integer::sum));
        }
      }

      assertThat(share(outcomes, "hidden", "moderation")).as(kind + " " + outcomes)
          .isGreaterThanOrEqualTo(kind.equals("spam") ? 0.85 : 0.80);
    }
  }

  /**
   * Each batch on its own, at a floor a little under what the pack does today (docs/rules.md has the
   * figures), so a change that lets more of any one batch through fails here.
   */
  @ParameterizedTest(name = "{0}: at least {1} kept out of the reply queues")
  @CsvSource({"abuse-batch2, 0.9", "abuse-batch3, 0.9", "abuse-batch4, 0.9", "abuse-batch5, 0.9", "abuse-batch6, 0.85", "abuse-batch7, 0.5", "abuse-batch8, 0.75", "abuse-batch9, 0.85", "abuse-batch10, 0.9", "abuse-batch11, 0.95", "abuse-batch12, 0.9", "abuse-batch13, 0.95", "abuse-batch14, 0.95", "abuse-batch15, 0.85", "abuse-batch16, 0.95", "abuse-batch17, 0.85", "abuse-batch18, 0.95", "abuse-batch19, 0.95", "abuse-batch20, 0.95", "abuse-batch21, 0.95", "abuse-obfuscated, 0.9", "abuse-batch22, 0.95", "abuse-batch23, 0.95", "abuse-other-languages, 0.9", "abuse-batch24, 0.95", "abuse-batch25, 0.95", "abuse-batch26, 0.95", "abuse-batch27, 0.95", "abuse-batch28, 0.95", "abuse-batch29, 0.95", "abuse-batch30, 0.9", "abuse-batch31, 0.95", "abuse-batch32, 0.95", "abuse-batch36, 0.95", "abuse-batch37, 0.95", "abuse-batch38, 0.95", "abuse-batch39, 0.85", "abuse-batch40, 0.95", "abuse-batch41, 0.9", "abuse-batch42, 0.95", "abuse-batch43, 0.9", "abuse-batch44, 0.95", "abuse-batch45, 0.85", "abuse-batch46, 0.85", "abuse-batch47, 0.95", "abuse-batch48, 0.95", "abuse-batch49, 0.95", "abuse-batch50, 0.9", "abuse-batch51, 0.95", "abuse-batch52, 0.95", "abuse-batch53, 0.95", "abuse-batch55, 0.95", "abuse-batch56, 0.95", "abuse-batch57, 0.95", "abuse-batch58, 0.95", "abuse-batch59, 0.9", "abuse-batch60, 0.95", "abuse-batch62, 0.95", "abuse-batch64, 0.95", "abuse-batch67, 0.95", "abuse-batch70, 0.95", "abuse-batch72, 0.95", "abuse-batch74, 0.95", "abuse-batch76, 0.95", "abuse-batch78, 0.95", "abuse-batch80, 0.95", "abuse-batch82, 0.95", "abuse-batch84, 0.95", "abuse-batch86, 0.95", "abuse-batch88, 0.95", "abuse-batch90, 0.95", "abuse-batch92, 0.95", "abuse-batch94, 0.95", "abuse-batch96, 0.95", "abuse-batch98, 0.95", "abuse-batch100, 0.95", "abuse-batch102, 0.95", "abuse-batch104, 0.95", "abuse-batch106, 0.95", "abuse-batch108, 0.95", "abuse-batch110, 0.95", "abuse-batch112, 0.9", "abuse-batch116, 0.9", "abuse-batch118, 0.95", "abuse-batch120, 0.95", "abuse-batch122, 0.8", "abuse-batch124, 0.95", "abuse-batch126, 0.9", "abuse-batch128, 0.95", "abuse-batch130, 0.9", "abuse-batch132, 0.95", "abuse-batch134, 0.9", "abuse-batch136, 0.95", "abuse-batch138, 0.95", "abuse-batch140, 0.9", "abuse-batch142, 0.95", "abuse-batch144, 0.95", "abuse-batch146, 0.95", "abuse-batch148, 0.9", "abuse-batch150, 0.95", "abuse-batch152, 0.95", "abuse-batch154, 0.95", "abuse-batch156, 0.95", "abuse-batch158, 0.9", "abuse-batch160, 0.95", "abuse-batch162, 0.95", "abuse-batch164, 0.95", "abuse-batch166, 0.95", "abuse-batch168, 0.95", "abuse-batch170, 0.95", "abuse-batch172, 0.95", "abuse-batch174, 0.95", "abuse-batch176, 0.95", "abuse-batch178, 0.95",
      "spam-batch2, 0.9", "spam-batch3, 0.85", "spam-batch4, 0.8", "spam-batch5, 0.85", "spam-batch6, 0.85", "spam-batch7, 0.9", "spam-batch8, 0.9", "spam-batch9, 0.95", "spam-batch10, 0.9", "spam-batch11, 0.95", "spam-batch12, 0.95", "spam-batch13, 0.95", "spam-batch14, 0.95", "spam-batch15, 0.95", "spam-batch16, 0.95", "spam-batch17, 0.95", "spam-batch18, 0.9", "spam-batch19, 0.95", "spam-obfuscated, 0.95", "spam-batch20, 0.95", "spam-batch21, 0.95", "spam-other-languages, 0.9", "spam-batch22, 0.9", "spam-batch23, 0.95", "spam-batch24, 0.95", "spam-batch25, 0.95", "spam-batch26, 0.95", "spam-batch27, 0.95", "spam-batch28, 0.9", "spam-batch29, 0.95", "spam-batch36, 0.95", "spam-batch37, 0.95", "spam-batch38, 0.95", "spam-batch39, 0.95", "spam-batch40, 0.95", "spam-batch41, 0.95", "spam-batch42, 0.95", "spam-batch43, 0.95", "spam-batch44, 0.95", "spam-batch45, 0.95", "spam-batch46, 0.95", "spam-batch47, 0.95", "spam-batch48, 0.95", "spam-batch49, 0.95", "spam-batch50, 0.9", "spam-batch51, 0.95", "spam-batch52, 0.95", "spam-batch53, 0.95", "spam-batch55, 0.95", "spam-batch56, 0.95", "spam-batch57, 0.95", "spam-batch58, 0.95", "spam-batch61, 0.95", "spam-batch63, 0.95", "spam-batch66, 0.95", "spam-batch69, 0.95", "spam-batch71, 0.95", "spam-batch73, 0.95", "spam-batch75, 0.95", "spam-batch77, 0.95", "spam-batch79, 0.95", "spam-batch81, 0.95", "spam-batch83, 0.95", "spam-batch85, 0.95", "spam-batch87, 0.95", "spam-batch89, 0.95", "spam-batch91, 0.95", "spam-batch93, 0.95", "spam-batch95, 0.95", "spam-batch97, 0.95", "spam-batch99, 0.95", "spam-batch101, 0.95", "spam-batch103, 0.95", "spam-batch105, 0.95", "spam-batch107, 0.95", "spam-batch109, 0.95", "spam-batch111, 0.95", "spam-batch113, 0.95", "spam-batch115, 0.9", "spam-batch117, 0.95", "spam-batch119, 0.95", "spam-batch121, 0.95", "spam-batch123, 0.95", "spam-batch131, 0.95", "spam-batch139, 0.95", "spam-batch157, 0.95", "spam-batch163, 0.95", "spam-batch169, 0.95"})
  void eachBatchHoldsItsFloor(String set, double floor) throws Exception {
    Map<String, Integer> outcomes = replay(set + ".ndjson");

    // one division: 4/20 + 14/20 is 0.8999999999999999 in doubles, under a floor of 0.9
    assertThat(share(outcomes, "hidden", "moderation")).as(set + " " + outcomes).isGreaterThanOrEqualTo(floor);
  }

  /**
   * Batches never read by the attack head's trainer (held-out/). First measured with the head: 24/25,
   * 18/25 and 19/25; batch 35 is 22/25 after the twenty-seventh round of patterns, batch 34 19/25 after the
   * thirty-first (docs/rules.md). Spam dressed as a customer's question or report ("is this legit?? I got
   * $500 from @mike, message him"), written against the reading of relayed spam (fifteenth session): 12/15
   * kept out before it, 8/15 with its first draft, 15/15 now.
   */
  @ParameterizedTest
  @CsvSource({"held-out/abuse-batch33, 0.95", "held-out/abuse-batch34, 0.75", "held-out/abuse-batch35, 0.85", "held-out/spam-relayed, 0.95"})
  void heldOutBatchesHoldTheirFirstMeasure(String set, double floor) throws Exception {
    eachBatchHoldsItsFloor(set, floor);
  }

  /**
   * Complaints written beside them: none hidden. One of batch 33's goes to a moderator ("you lot are
   * clowns, three hours sat on the tarmac", until round 47), and four of batch 35's, gamers' complaints
   * without a problem word that the toxicity rules read as aimed at someone (docs/rules.md, rounds 26
   * and 27; three since round 47). 100 harsh complaints to brands ("you're a bunch of crooks in suits",
   * "garbage airline, garbage seats, garbage food") sent 26 to a moderator before round 47. Thirty customer
   * tweets to real brands' handles (fourteenth session) first kept one out ("I work from home and I'm
   * losing money every hour you're down" read as a work-from-home pitch); none since. Thirty more
   * (fifteenth session) first kept out two, customers' own pay ("I earn $15/hr and you took $80 twice")
   * read as an earnings boast; none since. Forty more, to brands our customer tweets do not name
   * (Apple, Uber, Spotify, Xbox, T-Mobile, Hulu...), first kept out three: a free trial "and got charged",
   * "promised a free iPhone ... got charged full price" (hidden as a free-iPhone pitch), and a fake account
   * "asking my followers for money"; none since. Forty more in the same style (codes, rewards, phishing
   * asked about) first kept out one: "I used promo code SAVE20 ... it didn't take the discount off". Forty
   * customers passing on spam and phishing they got ("got this text \"pay $1.99 customs fee at ...\" is this
   * legit?") first kept out nine, five of them hidden as the spam they quoted; none since. Forty with
   * swearing, sarcasm, nine languages and abuse received first kept out two: a driver who called the
   * customer a "stupid bitch", and a cashier who told one "go back to your country" (hidden); none since.
   * Forty in the style of the answered tweets, to their brands, first kept out two: "please follow back so
   * I can send a DM about my order" (hidden) and a friend's promo code that "won't apply"; none since.
   * Thirty written against round 46's kinds (sixteenth session: numbers called, "text STOP", starred swearing)
   * first kept out six, one hidden; none since. The 100 harsh complaints to brands went from 26 kept out to 6
   * when a harsh verdict on the business ("matchmaking is rigged garbage", "you lot are legalised scammers")
   * became a complaint (round 47); forty more, written after that change by its author and so a soft
   * measure, kept out 2 (7 before it). Forty more in the answered tweets' style, to real brands and some
   * harsh ("greedy clowns, another fee on my bill"), kept out none at first (one before round 47).
   */
  @ParameterizedTest
  @CsvSource({"held-out/complaints33, 1", "held-out/complaints35, 3", "held-out/brand-complaints, 6", "held-out/harsh-complaints64, 2", "held-out/customers54, 0", "held-out/customers57, 0", "held-out/customers58, 0", "held-out/customers59, 0", "held-out/customers60, 0", "held-out/customers61, 0", "held-out/customers62, 0", "held-out/customers63, 0", "held-out/customers65, 0", "held-out/customers66, 0", "held-out/customers67, 2", "held-out/counter-speech65, 7", "held-out/customers68, 0", "held-out/customers69, 0", "held-out/customers70, 0", "held-out/customers71, 0", "held-out/customers72, 0", "held-out/customers73, 0", "held-out/customers74, 1", "held-out/customers75, 0", "held-out/customers76, 0", "held-out/customers77, 0", "held-out/customers78, 0", "held-out/customers79, 0", "held-out/customers80, 0", "held-out/customers81, 0", "held-out/customers82, 0", "held-out/customers83, 0", "held-out/customers84, 0", "held-out/customers85, 0", "held-out/customers86, 0", "held-out/customers87, 0", "held-out/customers88, 0", "held-out/customers89, 0", "held-out/customers90, 0", "held-out/customers91, 0", "held-out/customers92, 0", "held-out/customers93, 0", "held-out/customers94, 0", "held-out/customers95, 0", "held-out/customers96, 0", "held-out/customers97, 0", "held-out/customers98, 0", "held-out/customers99, 0", "held-out/customers100, 0", "held-out/customers101, 0", "held-out/customers102, 0", "held-out/customers103, 0", "held-out/customers104, 0", "held-out/customers105, 0", "held-out/customers106, 0", "held-out/customers107, 0", "held-out/customers108, 0", "held-out/customers109, 0", "held-out/customers110, 0", "held-out/customers111, 0", "held-out/customers112, 0", "held-out/customers113, 1", "held-out/customers114, 1", "held-out/customers115, 0", "held-out/customers116, 0", "held-out/customers117, 0", "held-out/customers118, 0", "held-out/customers119, 0", "held-out/customers120, 0", "held-out/customers121, 1", "held-out/customers122, 0", "held-out/customers123, 0", "held-out/customers124, 1", "held-out/customers125, 0", "held-out/customers126, 0", "held-out/customers127, 1", "held-out/customers128, 0", "held-out/customers129, 1", "held-out/customers130, 1", "held-out/customers131, 0", "held-out/customers132, 0", "held-out/customers133, 1"})
  void heldOutComplaintsAreNeverHidden(String set, int toAModerator) throws Exception {
    Map<String, Integer> outcomes = replay(set + ".ndjson");

    assertThat(outcomes).doesNotContainKeys("hidden", "ignored");
    assertThat(outcomes.getOrDefault("moderation", 0)).as(outcomes.toString()).isLessThanOrEqualTo(toAModerator);
  }

  @Test
  void swearingAndHostileCustomersAreAnsweredAndNeverHidden() throws Exception {
    for (String set : List.of("profane-complaints.ndjson", "hostile-complaints.ndjson", "reported-attacks.ndjson", "group-complaints.ndjson",
        "money-requests.ndjson")) {
      Map<String, Integer> outcomes = replay(set);

      assertThat(outcomes).as(set).doesNotContainKeys("hidden", "moderation", "ignored");
    }
  }

  /** Fans' slang ("shut up this is so good", "you killed it") sounds toxic; it is praise, answered in a reply queue. */
  @Test
  void fansSlangIsAnsweredAndNeverHidden() throws Exception {
    Map<String, Integer> outcomes = replay("fans.ndjson");

    assertThat(outcomes).doesNotContainKeys("hidden", "ignored");
    // 3 of 20 still go to a moderator (the person-toxicity rule at 0.8; docs/rules.md)
    assertThat(outcomes.getOrDefault("moderation", 0)).as(outcomes.toString()).isLessThanOrEqualTo(3);
  }

  /**
   * Customers' hyperbole ("I will destroy you in my review", "kill me now, on hold for 2 hours", "you're
   * dead to me") is a complaint: never hidden as a threat.
   */
  @Test
  void hyperbolicComplaintsAreAnsweredAndNeverHidden() throws Exception {
    Map<String, Integer> outcomes = replay("hyperbolic-complaints.ndjson");

    assertThat(outcomes).doesNotContainKeys("hidden", "ignored");
    // "you people are animals, the queue was chaos" goes to a moderator (docs/rules.md)
    assertThat(outcomes.getOrDefault("moderation", 0)).as(outcomes.toString()).isLessThanOrEqualTo(1);
  }

  /** Outcome counts: "hidden", "ignored", or the queue. */
  private static Map<String, Integer> replay(String set) throws Exception {
    CommentValidator validator = new CommentValidator(Clock.systemUTC());
    List<Comment> stream = new ArrayList<>();
    for (String line : Files.readAllLines(SETS.resolve(set))) {
      if (line.isBlank()) continue;
      var posted = validator.validate(List.of(new JsonObject(line))).comments().get(0);
      stream.add(posted.fact(analyzer.analyze(posted.text())));
    }
    Map<String, Integer> outcomes = new TreeMap<>();
    try (Replay replay = new Replay(rules)) {
      for (Comment comment : stream) {
        for (Replay.Event event : replay.feed(comment)) {
          if (event instanceof Replay.Decided d) {
            Outcome outcome = d.outcome();
            String key = outcome.route() == null ? outcome.status().name().toLowerCase(java.util.Locale.ROOT) : outcome.route().queue();
            outcomes.merge(key, 1, Integer::sum);
          }
        }
      }
    }
    return outcomes;
  }

  private static double share(Map<String, Integer> outcomes, String... keys) {
    int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
    int counted = 0;
    for (String key : keys) counted += outcomes.getOrDefault(key, 0);
    return counted / (double) total;
  }
}
