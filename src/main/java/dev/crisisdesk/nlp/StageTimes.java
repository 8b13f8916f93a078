package dev.crisisdesk.nlp;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Throughput of each analysis stage over the same texts, measured in one run with the same
 * parallelism, and the whole analysis against CoreNLP's stock sentiment pipeline (shift-reduce
 * parser, default options): what the service's analysis costs beside the bare NLP pipeline.
 */
public final class StageTimes {
  private StageTimes() {}

  public static String measure(Analyzer analyzer, List<String> texts) {
    CoreNlpSentiment stock = CoreNlpSentiment.stock();
    perSecond(texts.subList(0, Math.min(50, texts.size())), stock::distribution);
    double bare = perSecond(texts, stock::distribution);
    double rntn = perSecond(texts, text -> analyzer.rntn().distribution(Analyzer.bounded(text)));
    double social = perSecond(texts, analyzer::socialSentiment);
    double abuse = perSecond(texts, analyzer::abuseScores);
    double whole = perSecond(texts, analyzer::analyze);
    return String.format(Locale.ROOT, "comments/s: stock CoreNLP sentiment pipeline %.0f, our RNTN stage %.0f, social sentiment %.0f,"
        + " toxicity and hate %.0f, whole analysis %.0f; whole / stock pipeline = %.2f", bare, rntn, social, abuse, whole, whole / bare);
  }

  /** A bare NLP pipeline: CoreNLP's stock sentiment pipeline, shared by the threads that call it. */
  public static Consumer<String> bareNlp() {
    return CoreNlpSentiment.stock()::distribution;
  }

  /** The bare pipeline over the texts on {@code threads} threads sharing it: comments/s. */
  public static double perSecond(Consumer<String> bare, List<String> texts, int threads) throws InterruptedException {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    for (String text : texts) pool.execute(() -> bare.accept(text));
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
