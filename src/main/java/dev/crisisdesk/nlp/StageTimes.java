package dev.crisisdesk.nlp;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Throughput of each analysis stage over the same texts, measured in one run with the same
 * parallelism, and the whole analysis against CoreNLP's RNTN alone: what the trained models and
 * the text handling cost beside the parse.
 */
public final class StageTimes {
  private StageTimes() {}

  public static String measure(Analyzer analyzer, List<String> texts) {
    double rntn = perSecond(texts, text -> analyzer.rntn().distribution(Analyzer.bounded(text)));
    double social = perSecond(texts, analyzer::socialSentiment);
    double abuse = perSecond(texts, analyzer::abuseScores);
    double whole = perSecond(texts, analyzer::analyze);
    return String.format(Locale.ROOT, "comments/s: RNTN alone %.0f, social sentiment %.0f, toxicity and hate %.0f, whole analysis %.0f;"
        + " whole / RNTN = %.2f", rntn, social, abuse, whole, whole / rntn);
  }

  /** CoreNLP's RNTN alone (the bare pipeline) over the texts on {@code threads} threads sharing it: comments/s. */
  public static double bareNlp(Analyzer analyzer, List<String> texts, int threads) throws InterruptedException {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    for (String text : texts) pool.execute(() -> analyzer.rntn().distribution(Analyzer.bounded(text)));
    pool.shutdown();
    pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
    return texts.size() / ((System.nanoTime() - started) / 1e9);
  }

  private static double perSecond(List<String> texts, Consumer<String> stage) {
    long started = System.nanoTime();
    texts.parallelStream().forEach(stage);
    return texts.size() / ((System.nanoTime() - started) / 1e9);
  }
}
