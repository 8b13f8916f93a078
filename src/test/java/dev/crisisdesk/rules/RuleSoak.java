package dev.crisisdesk.rules;

import dev.crisisdesk.facts.Author;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Sentiment;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives synthetic analyzed comments through the default pack with no NLP, ten brands at one
 * comment per brand per second of event time, and checks that the heap stays flat. Run in its
 * own JVM with a small heap: {@code java -Xmx256m ... RuleSoak 1000000}. Exit 0 when flat.
 */
public final class RuleSoak {
  private static final String[] TEXTS = {
      "Where is my order?", "This is the worst service ever, terrible.", "Love it, thanks!",
      "How do I reset my password?", "Get free followers now http://spam.example", "you idiots",
      "My parcel arrived broken and nobody answers.", "Great support today", "Is the shop open on Sunday?",
      "Refund still missing, why???", "ok", "The app keeps crashing since the update"};
  private static final Sentiment[] SENTIMENTS = {
      Sentiment.NEUTRAL, Sentiment.VERY_NEGATIVE, Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEUTRAL,
      Sentiment.NEGATIVE, Sentiment.NEGATIVE, Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE,
      Sentiment.NEUTRAL, Sentiment.NEGATIVE};

  private RuleSoak() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    RuleEngine engine = new RuleEngine(new RuleCompiler().compile(RuleFiles.load(Path.of(args.length > 1 ? args[1] : "rules"))),
        RuleEngine.BrandFacts.NONE);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    List<Long> heap = new ArrayList<>();
    long decisions = 0;
    long began = System.nanoTime();
    for (int i = 1; i <= total; i++) {
      int kind = i % TEXTS.length;
      Comment comment = new Comment("brand-" + (i % 10), "twitter", Integer.toString(i), TEXTS[kind],
          new Author("a" + (i % 5000), "@a", (i * 7919L) % 60_000, i % 97 == 0), start.plusMillis(i * 100L),
          SENTIMENTS[kind], SENTIMENTS[kind].isNegative() ? -0.6 : SENTIMENTS[kind].isPositive() ? 0.6 : 0,
          kind == 5 ? 0.9 : 0.05, 0.0, "en", null);
      decisions += engine.decide(comment).outcome().decisions().size();
      if (i % (total / 4) == 0) {
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
        heap.add(used);
        System.out.printf("soak: %,d comments, heap after GC %d MB%n", i, used);
      }
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    System.out.printf("soak: %,d comments, %,d decisions in %.1f s (%,.0f comments/s)%n", total, decisions, seconds, total / seconds);
    long growth = heap.get(heap.size() - 1) - heap.get(0);
    boolean flat = growth < 24;
    System.out.println(flat ? "soak: heap flat (grew " + growth + " MB after the first quarter)"
        : "soak: heap grew " + growth + " MB after the first quarter");
    engine.close();
    System.exit(flat ? 0 : 1);
  }
}
