package dev.crisisdesk.cli;

import dev.crisisdesk.facts.Sentiment;
import dev.crisisdesk.nlp.Analysis;
import dev.crisisdesk.nlp.Analyzer;
import dev.crisisdesk.nlp.Metrics;
import dev.crisisdesk.nlp.StageTimes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval}: scores the NLP models on a labeled file in TweetEval's layout (one text per line,
 * one integer label per line) with the benchmark's metric, and prints a confusion matrix.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score the NLP models on a labeled file (TweetEval layout).")
final class EvalCommand implements Callable<Integer> {
  enum Task { sentiment, offensive, hate }

  @Option(names = "--task", required = true, description = "sentiment, offensive or hate.")
  Task task;

  @Option(names = "--text", required = true, description = "One text per line.")
  Path text;

  @Option(names = "--labels", required = true, description = "One integer label per line.")
  Path labels;

  @picocli.CommandLine.Mixin
  ModelOptions nlp;

  @Option(names = "--threshold", description = "Score from which a text counts as offensive or hateful (default: the models' own).")
  Double threshold;

  @Option(names = "--speed", description = "Also measure each stage's throughput on these texts, in the same run.")
  boolean speed;

  @Override
  public Integer call() throws IOException {
    List<String> texts = Files.readAllLines(text, StandardCharsets.UTF_8);
    List<String> golds = Files.readAllLines(labels, StandardCharsets.UTF_8);
    if (texts.size() != golds.size()) {
      System.err.println(text + " has " + texts.size() + " lines but " + labels + " has " + golds.size());
      return 2;
    }
    Analyzer analyzer = nlp.load();
    long started = System.nanoTime();
    Analysis[] analyses = new Analysis[texts.size()];
    IntStream.range(0, texts.size()).parallel().forEach(i -> analyses[i] = analyzer.analyze(texts.get(i)));
    double seconds = (System.nanoTime() - started) / 1e9;
    boolean sentiment = task == Task.sentiment;
    double cut = threshold != null ? threshold : task == Task.hate ? analyzer.threshold("hate") : analyzer.threshold("offensive");
    Metrics metrics = new Metrics(sentiment ? 3 : 2);
    for (int i = 0; i < texts.size(); i++) {
      int gold = Integer.parseInt(golds.get(i).strip());
      double abuse = task == Task.hate ? analyses[i].hate() : analyses[i].toxicity();
      metrics.add(gold, sentiment ? threeWay(analyses[i].sentiment()) : abuse >= cut ? 1 : 0);
    }
    System.out.printf("%d texts in %.1f s (%.0f texts/s)%n", texts.size(), seconds, texts.size() / seconds);
    System.out.print(sentiment ? metrics.confusion("negative", "neutral", "positive") : metrics.confusion("no", "yes"));
    if (speed) System.out.println(StageTimes.measure(analyzer, texts, nlp.models));
    System.out.printf(sentiment ? "macro-recall: %.3f%n" : "macro-f1: %.3f%n", sentiment ? metrics.macroRecall() : metrics.macroF1());
    return 0;
  }

  /** TweetEval's sentiment labels: 0 negative, 1 neutral, 2 positive. */
  private static int threeWay(Sentiment sentiment) {
    return sentiment.isNegative() ? 0 : sentiment.isPositive() ? 2 : 1;
  }
}
