package dev.crisisdesk.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Throughput of each analysis stage over the same texts, measured in one run with the same
 * parallelism, and the whole analysis against CoreNLP's stock sentiment pipeline (shift-reduce
 * parser, default options): what the service's analysis costs beside the bare NLP pipeline.
 */
public final class StageTimes {
  private StageTimes() {}

  public static String measure(Analyzer analyzer, List<String> texts, Path modelsDir) {
    CoreNlpSentiment stock = CoreNlpSentiment.stock();
    perSecond(texts.subList(0, Math.min(50, texts.size())), stock::distribution);
    double bare = perSecond(texts, stock::distribution);
    double rntn = perSecond(texts, text -> analyzer.rntn().distribution(Analyzer.bounded(text)));
    double social = perSecond(texts, analyzer::socialSentiment);
    double abuse = perSecond(texts, analyzer::abuseScores);
    double transformer = perSecond(texts, analyzer::transformer);
    double previous = perSecond(texts, analyzer::previousAnalysis);
    double whole = perSecond(texts, analyzer::analyze);
    return String.format(Locale.ROOT, "comments/s: stock CoreNLP sentiment pipeline %.0f, our RNTN stage %.0f, social sentiment %.0f,"
        + " n-gram toxicity and hate %.0f, transformer %.0f, previous whole analysis (no transformer) %.0f, whole analysis %.0f;"
        + " whole / stock pipeline = %.2f, whole / previous = %.2f%n%s", bare, rntn, social, abuse, transformer, previous, whole,
        whole / bare, whole / previous, memory(modelsDir));
  }

  /**
   * What the transformer costs in memory: Java heap in use after a collection and the process's
   * resident memory (ONNX Runtime allocates outside the heap), before and after loading a second copy
   * of it and running it once.
   */
  static String memory(Path modelsDir) {
    long[] before = {heapInUse(), resident()};
    try (TransformerModels extra = TransformerModels.load(modelsDir, null)) {
      extra.classify("a first comment warms the session up");
      return String.format(Locale.ROOT, "memory: all models loaded, heap in use %d MB, resident %d MB; the transformer adds %d MB of heap"
          + " and %d MB resident", before[0], before[1], heapInUse() - before[0], resident() - before[1]);
    }
  }

  private static long heapInUse() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
  }

  /** This process's resident memory in MB from /proc (Linux), or -1. */
  public static long resident() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }

  /** A bare NLP pipeline: CoreNLP's stock sentiment pipeline, shared by the threads that call it. */
  public static Consumer<String> bareNlp() {
    return CoreNlpSentiment.stock()::distribution;
  }

  /** The bare pipeline over the texts on {@code threads} threads sharing it: comments/s. */
  public static double perSecond(Consumer<String> bare, List<String> texts, int threads) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    for (String text : texts) pool.execute(() -> bare.accept(text));
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.HOURS);
    return texts.size() / ((System.nanoTime() - started) / 1e9);
  }

  private static double perSecond(List<String> texts, Consumer<String> stage) {
    long started = System.nanoTime();
    texts.parallelStream().forEach(stage);
    return texts.size() / ((System.nanoTime() - started) / 1e9);
  }
}
