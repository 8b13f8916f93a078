package dev.crisisdesk.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs freshly loaded models over sample comments before the service hands them real ones. In a
 * fresh JVM the first few hundred comments are analyzed three to five times slower than later ones
 * while the JIT compiles the analysis; warmed up, the first real comments get the service's normal
 * speed. A restart during a crisis is exactly when that matters.
 *
 * <p>The samples ({@code warmup.txt} beside this class) are 600 of the project's own spam, abuse and
 * complaint examples, analyzed {@link #PASSES} times over: the optimizing compiler takes a method on
 * once it has run thousands of times, so one pass left most of its work for the first real comments
 * (docs/operations.md). Their analyses are thrown away: nothing is stored or decided.
 */
public final class Warmup {
  private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);
  private static final String SAMPLES = "warmup.txt";
  /** How many times the samples are analyzed: three passes cut the compiler's work after the warm-up by a fifth. */
  static final int PASSES = 3;

  private Warmup() {}

  /** What a warm-up did: comments analyzed and the seconds it took. */
  public record Done(int comments, double seconds) {}

  /**
   * Analyzes the samples {@link #PASSES} times on {@code threads} threads until all are done or {@code budget} has passed
   * (a busy machine must not hold the service back for long). A sample the analysis fails on ends the
   * warm-up early, logged: it never stops the service from starting.
   */
  public static Done run(TextAnalysis analysis, int threads, Duration budget) {
    List<String> samples = samples();
    List<String> passes = new java.util.ArrayList<>(samples.size() * PASSES);
    for (int pass = 0; pass < PASSES; pass++) passes.addAll(samples);
    return run(analysis, passes, threads, budget);
  }

  static Done run(TextAnalysis analysis, List<String> samples, int threads, Duration budget) {
    long started = System.nanoTime();
    long deadline = started + budget.toNanos();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
      Thread thread = new Thread(task, "warm-up");
      thread.setDaemon(true);
      return thread;
    });
    for (int t = 0; t < Math.max(1, threads); t++) {
      pool.execute(() -> {
        for (int i = next.getAndIncrement(); i < samples.size() && System.nanoTime() < deadline; i = next.getAndIncrement()) {
          try {
            analysis.analyze(samples.get(i));
          } catch (RuntimeException e) {
            LOG.warn("warm-up stopped: the analysis failed on a sample comment", e);
            next.set(samples.size());
            return;
          }
          done.incrementAndGet();
        }
      });
    }
    pool.shutdown();
    try {
      // the threads stop taking samples at the deadline; the ones in progress finish
      pool.awaitTermination(budget.toMillis() + 60_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new Done(done.get(), (System.nanoTime() - started) / 1e9);
  }

  /** The sample comments, one per line. */
  static List<String> samples() {
    InputStream in = Warmup.class.getResourceAsStream(SAMPLES);
    if (in == null) throw new IllegalStateException("the warm-up samples " + SAMPLES + " are missing from the build");
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
