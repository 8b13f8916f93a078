package dev.crisisdesk.bench;

import dev.crisisdesk.facts.Author;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Sentiment;
import dev.crisisdesk.rules.RuleCompiler;
import dev.crisisdesk.rules.RuleEngine;
import dev.crisisdesk.rules.RuleFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The rule engine alone: analyzed comments per second through a rule set (the default pack unless
 * {@code -Drules=DIR}), one brand session, event time advancing a second per comment. Catches rule
 * changes that slow the engine. Run it as docs/operations.md shows.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class RuleEngineBenchmark {
  private static final String[] TEXTS = {"Where is my order?", "This is the worst service ever, terrible.", "Love it, thanks!",
      "How do I reset my password?", "Get free followers now http://spam.example", "My parcel arrived broken and nobody answers."};
  private static final Sentiment[] SENTIMENTS = {Sentiment.NEUTRAL, Sentiment.VERY_NEGATIVE, Sentiment.POSITIVE,
      Sentiment.NEUTRAL, Sentiment.NEUTRAL, Sentiment.NEGATIVE};

  @Param({"rules"})
  public String rules;

  private RuleEngine engine;
  private long next;

  @Setup(Level.Trial)
  public void compile() throws Exception {
    engine = new RuleEngine(new RuleCompiler().compile(RuleFiles.load(Path.of(System.getProperty("rules", rules)))),
        RuleEngine.BrandFacts.NONE);
  }

  @TearDown(Level.Trial)
  public void close() {
    engine.close();
  }

  @Benchmark
  public Object decide() {
    long i = next++;
    int kind = (int) (i % TEXTS.length);
    return engine.decide(new Comment("acme", "twitter", Long.toString(i), TEXTS[kind], new Author("a", "@a", (i * 7919L) % 60_000, false),
        Instant.ofEpochSecond(1_767_225_600L + i), SENTIMENTS[kind], SENTIMENTS[kind].nominalScore(), 0.05, 0.02, "en", null));
  }

  public static void main(String[] args) throws Exception {
    new Runner(new OptionsBuilder().include(RuleEngineBenchmark.class.getSimpleName()).build()).run();
  }
}
