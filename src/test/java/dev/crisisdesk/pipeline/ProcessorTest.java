package dev.crisisdesk.pipeline;

import dev.crisisdesk.comments.CommentView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.crisisdesk.crisis.Incidents;
import dev.crisisdesk.facts.Author;
import dev.crisisdesk.facts.Sentiment;
import dev.crisisdesk.comments.PostedComment;
import dev.crisisdesk.nlp.Analysis;
import dev.crisisdesk.nlp.TextAnalysis;
import dev.crisisdesk.nlp.Triage;
import dev.crisisdesk.metrics.ServiceMetrics;
import dev.crisisdesk.rules.RuleCompiler;
import dev.crisisdesk.rules.RuleEngine;
import dev.crisisdesk.rules.RuleFiles;
import dev.crisisdesk.brands.BrandSettingsStore;
import dev.crisisdesk.comments.CommentStore;
import dev.crisisdesk.crisis.CrisisStore;
import dev.crisisdesk.store.Database;
import dev.crisisdesk.queue.ItemStore;
import dev.crisisdesk.comments.StoredComment;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor in milliseconds: a real store (H2 in a temporary folder) and the default rule pack,
 * with a stand-in for the models (sentiment from a few words, triage's patterns) so no CoreNLP loads.
 */
class ProcessorTest {
  private static dev.crisisdesk.rules.CompiledRules pack;

  @TempDir Path folder;
  private Database db;
  private CommentStore comments;
  private ItemStore items;
  private RuleEngine engine;
  private Processor processor;
  private final Map<String, List<String>> decidedOrder = new ConcurrentHashMap<>();

  /** Negative when it says so, triage's signals from the words; takes a random few milliseconds, as analysis does. */
  private static final TextAnalysis WORDS = text -> {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(0, 6));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (text.contains("overflow")) throw new StackOverflowError("a text the models cannot handle");
    Sentiment sentiment = text.contains("worst") || text.contains("late") ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
    return new Analysis(sentiment, sentiment.nominalScore(), 0, 0, Triage.signals(text, "en", 0, 0));
  };

  @BeforeAll
  static void compilePack() throws Exception {
    pack = new RuleCompiler().compile(RuleFiles.load(Path.of("rules")));
  }

  @BeforeEach
  void start() {
    db = Database.open(folder);
    comments = new CommentStore(db, Clock.systemUTC());
    items = new ItemStore(db, Clock.systemUTC());
    CrisisStore crises = new CrisisStore(db, Clock.systemUTC());
    Incidents incidents = new Incidents(crises, new BrandSettingsStore(db, Clock.systemUTC()), comments);
    engine = new RuleEngine(pack, incidents);
    Processor.Observer observer = (fact, live) -> decidedOrder.computeIfAbsent(fact.getBrand(), b -> new ArrayList<>()).add(fact.getId());
    processor = new Processor(WORDS, engine, incidents, new Processor.Stores(comments, items, crises), observer, new ServiceMetrics(),
        new Processor.Limits(4, 1_000, Duration.ofMillis(300)), Processor.Placement.ALONE);
  }

  @AfterEach
  void stop() {
    processor.close();
    engine.close();
    db.close();
  }

  @Test
  void aLaneWaitingForItsCommentsAnalysisIsNotParked() throws Exception {
    // at start the models may take longer to load than the watchdog's patience (300 ms here)
    java.util.concurrent.CountDownLatch modelsLoaded = new java.util.concurrent.CountDownLatch(1);
    TextAnalysis slow = text -> {
      try {
        modelsLoaded.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return WORDS.analyze(text);
    };
    processor.close();
    CrisisStore crises = new CrisisStore(db, Clock.systemUTC());
    Incidents incidents = new Incidents(crises, new BrandSettingsStore(db, Clock.systemUTC()), comments);
    processor = new Processor(slow, engine, incidents, new Processor.Stores(comments, items, crises), (fact, live) -> { }, new ServiceMetrics(),
        new Processor.Limits(4, 1_000, Duration.ofMillis(300)), Processor.Placement.ALONE);
    processor.submit(comments.insert(List.of(comment("patient", "p1", "Where is my parcel?"))).stored());
    Thread.sleep(800);
    processor.tick();
    processor.submit(comments.insert(List.of(comment("patient", "p2", "Still no parcel"))).stored());

    assertThat(processor.parked()).isEmpty();
    modelsLoaded.countDown();
    assertThat(processor.awaitIdle(Duration.ofSeconds(30))).isTrue();
    assertThat(comments.find("patient", "twitter", "p1").orElseThrow().status()).isNotEqualTo("failed").isNotEqualTo("received");
    assertThat(comments.find("patient", "twitter", "p2").orElseThrow().status()).isNotEqualTo("failed").isNotEqualTo("received");
  }

  @Test
  void eachBrandsCommentsReachItsRulesInTheOrderTheyWereSubmitted() throws Exception {
    List<PostedComment> posted = new ArrayList<>();
    for (int i = 0; i < 40; i++) posted.add(comment(i % 2 == 0 ? "even" : "odd", "c" + i, "My order is late again, number " + i));
    processor.submit(comments.insert(posted).stored());

    assertThat(processor.awaitIdle(Duration.ofSeconds(30))).isTrue();
    assertThat(decidedOrder.get("even")).containsExactlyElementsOf(posted.stream().filter(p -> p.brand().equals("even")).map(PostedComment::id).toList());
    assertThat(decidedOrder.get("odd")).containsExactlyElementsOf(posted.stream().filter(p -> p.brand().equals("odd")).map(PostedComment::id).toList());
    // twenty late orders at once are a spike: the incident gathers them into the crisis queue
    assertThat(items.open("even", "complaints", 100).size() + items.open("even", "crisis", 100).size()).isEqualTo(20);
  }

  @Test
  void commentsDecidedTogetherAreWrittenEachOnceAndBeforeTheLanesNextTask() throws Exception {
    // more than one batch of one brand, submitted at once: decided in order, written in few transactions
    List<PostedComment> posted = new ArrayList<>();
    for (int i = 0; i < Processor.BATCH * 2 + 7; i++) posted.add(comment("many", "m" + i, "Where is my parcel, tracking number " + i + "?"));
    processor.submit(comments.insert(posted).stored());
    List<String> stillReceived = new ArrayList<>();
    // a task handed to the lane after them sees every one of them in the store
    processor.onLane("many", () -> stillReceived.addAll(comments.received().stream().map(c -> c.comment().id()).toList()));

    assertThat(processor.awaitIdle(Duration.ofSeconds(30))).isTrue();
    assertThat(stillReceived).isEmpty();
    assertThat(decidedOrder.get("many")).containsExactlyElementsOf(posted.stream().map(PostedComment::id).toList());
    for (PostedComment p : posted) assertThat(comments.find("many", "twitter", p.id()).orElseThrow().status()).isEqualTo("queued");
    int open = 0;
    for (String queue : List.of("crisis", "urgent", "complaints", "requests", "questions", "engagement")) open += items.open("many", queue, 500).size();
    assertThat(open).as("one open item per comment").isEqualTo(posted.size());
  }

  @Test
  void aStuckBrandIsParkedAndTheOthersKeepGoing() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    processor.onLane("stuck", () -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    await().atMost(Duration.ofSeconds(10)).until(() -> processor.parked().contains("stuck"));

    processor.submit(comments.insert(List.of(comment("stuck", "s1", "worst service ever"), comment("fine", "f1", "worst service ever"))).stored());
    assertThat(processor.awaitIdle(Duration.ofSeconds(10))).isTrue();

    assertThat(comments.find("stuck", "twitter", "s1").orElseThrow().status()).isEqualTo("failed");
    assertThat(comments.find("stuck", "twitter", "s1").orElseThrow().error()).contains("parked");
    assertThat(comments.find("fine", "twitter", "f1").orElseThrow().status()).isEqualTo("queued");
    release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(() -> processor.parked().isEmpty());
  }

  @Test
  void aTextTheAnalysisCannotHandleStillReachesTheRulesAndHoldsNoLaneUp() throws Exception {
    processor.submit(comments.insert(List.of(comment("err", "e1", "stack overflow here"), comment("err", "e2", "worst service ever"))).stored());

    assertThat(processor.awaitIdle(Duration.ofSeconds(10))).isTrue();
    assertThat(comments.find("err", "twitter", "e1").orElseThrow().status()).isEqualTo("queued");
    assertThat(comments.find("err", "twitter", "e2").orElseThrow().status()).isEqualTo("queued");
    assertThat(decidedOrder.get("err")).containsExactly("e1", "e2");
  }

  @Test
  void backfilledHistoryIsRecordedWithoutAnItemOrAnIncident() throws Exception {
    List<PostedComment> history = new ArrayList<>();
    for (int i = 0; i < 5; i++) history.add(comment("bf", "h" + i, "worst service ever, " + i));
    List<StoredComment> stored = comments.insert(history, true).stored();
    processor.submit(stored);

    assertThat(processor.awaitIdle(Duration.ofSeconds(10))).isTrue();
    for (PostedComment p : history) {
      CommentView found = comments.find("bf", "twitter", p.id()).orElseThrow();
      assertThat(found.status()).isEqualTo("ignored");
      assertThat(found.backfill()).isTrue();
    }
    assertThat(items.open("bf", "complaints", 10)).isEmpty();
    assertThat(decidedOrder).doesNotContainKey("bf");
  }

  private static PostedComment comment(String brand, String id, String text) {
    return new PostedComment(brand, "twitter", id, text, new Author("a-" + id, "@a" + id, 10L, false),
        Instant.parse("2026-11-02T10:00:00Z").plusSeconds(id.hashCode() & 0xff), Map.of());
  }
}
