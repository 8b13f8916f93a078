package dev.crisisdesk.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Rebuilds the social sentiment model from a data folder laid out like TweetEval
 * ({@code sentiment/train_text.txt}, {@code train_labels.txt}, {@code val_text.txt},
 * {@code val_labels.txt}): trains the classifier on train, then chooses how to combine it with the
 * RNTN on val. Deterministic: the same data gives the same files.
 */
public final class SentimentTrainer {
  /** How much val macro-recall the gate may give up to skip parses (see {@link Combination}). */
  static final double GATE_TOLERANCE = 0.002;

  private final CoreNlpSentiment rntn;

  SentimentTrainer(CoreNlpSentiment rntn) {
    this.rntn = rntn;
  }

  public static SentimentTrainer withModels(Path modelsDir) {
    return new SentimentTrainer(Analyzer.rntnOnly(modelsDir));
  }

  /** A trainer that shares the CoreNLP pipeline of a loaded analyzer. */
  public static SentimentTrainer sharing(Analyzer analyzer) {
    return new SentimentTrainer(analyzer.rntn());
  }

  /** Trains into {@code modelsDir}; returns a line per step for the caller to print. */
  public List<String> train(Path dataDir, Path modelsDir) throws IOException {
    Path sentiment = dataDir.resolve("sentiment");
    List<String> trainText = Files.readAllLines(sentiment.resolve("train_text.txt"), StandardCharsets.UTF_8);
    List<String> trainLabels = Files.readAllLines(sentiment.resolve("train_labels.txt"), StandardCharsets.UTF_8);
    TextClassifier.train(SocialSentiment.recipe(), trainText, trainLabels, modelsDir.resolve(SocialSentiment.FILE));
    SocialSentiment social = SocialSentiment.load(modelsDir);

    List<String> valText = Files.readAllLines(sentiment.resolve("val_text.txt"), StandardCharsets.UTF_8);
    int[] gold = Files.readAllLines(sentiment.resolve("val_labels.txt"), StandardCharsets.UTF_8).stream()
        .mapToInt(label -> Integer.parseInt(label.strip())).toArray();
    double[][] socialP = new double[valText.size()][];
    double[][] rntnP = new double[valText.size()][];
    IntStream.range(0, valText.size()).parallel().forEach(i -> {
      socialP[i] = social.distribution(valText.get(i));
      rntnP[i] = rntn.distribution(Analyzer.bounded(valText.get(i)));
    });

    Combination best = null;
    double bestRecall = -1;
    for (int w = 0; w <= 20; w++) {
      for (int s = 2; s <= 14; s++) {
        Combination candidate = new Combination(w / 20.0, s / 10.0);
        double recall = macroRecall(candidate, socialP, rntnP, gold);
        if (recall > bestRecall + 1e-12) {
          best = candidate;
          bestRecall = recall;
        }
      }
    }
    double full = bestRecall;
    List<String> gates = new java.util.ArrayList<>();
    boolean within = true;
    for (int g = 100; g >= 50; g -= 2) {
      Combination gated = best.withGate(g / 100.0);
      double recall = macroRecall(gated, socialP, rntnP, gold);
      long parsed = java.util.Arrays.stream(socialP).filter(p -> !gated.confident(p)).count();
      gates.add(String.format(Locale.ROOT, "gate %.2f: val macro-recall %.4f, parsed %.1f%%", gated.gate(), recall,
          100.0 * parsed / gold.length));
      within &= recall >= full - GATE_TOLERANCE;
      if (within) best = gated;
    }
    Combination chosen = best;
    double gatedRecall = macroRecall(chosen, socialP, rntnP, gold);
    long parsedCount = java.util.Arrays.stream(socialP).filter(p -> !chosen.confident(p)).count();
    double socialOnly = macroRecall(new Combination(1, 1), socialP, rntnP, gold);
    double rntnOnly = macroRecall(new Combination(0, 1), socialP, rntnP, gold);
    String figures = String.format(Locale.ROOT,
        "val macro-recall: combined %.3f (weight %.2f, neutralScale %.1f), with the parse skipped above gate %.2f %.3f"
            + " (%.1f%% of comments parsed), social classifier alone %.3f, RNTN alone %.3f",
        full, best.weight(), best.neutralScale(), best.gate(), gatedRecall, 100.0 * parsedCount / gold.length,
        socialOnly, rntnOnly);
    best.save(modelsDir, "Chosen on " + valText.size() + " validation texts by the train command.\n" + figures);
    List<String> report = new java.util.ArrayList<>(gates);
    report.add(0, "trained " + SocialSentiment.FILE + " on " + trainText.size() + " texts");
    report.add(figures);
    return report;
  }

  /**
   * Measures each normalization step: trains the social classifier with every step, then without
   * each one in turn, on the same data; returns val macro-recall (social classifier alone) per run.
   */
  public static List<String> ablation(Path dataDir) throws IOException {
    Path sentiment = dataDir.resolve("sentiment");
    List<String> texts = Files.readAllLines(sentiment.resolve("train_text.txt"), StandardCharsets.UTF_8);
    List<String> labels = Files.readAllLines(sentiment.resolve("train_labels.txt"), StandardCharsets.UTF_8);
    List<String> valText = Files.readAllLines(sentiment.resolve("val_text.txt"), StandardCharsets.UTF_8);
    int[] gold = Files.readAllLines(sentiment.resolve("val_labels.txt"), StandardCharsets.UTF_8).stream()
        .mapToInt(label -> Integer.parseInt(label.strip())).toArray();
    List<String> report = new java.util.ArrayList<>();
    java.util.List<java.util.Set<SocialText.Step>> runs = new java.util.ArrayList<>();
    runs.add(java.util.EnumSet.noneOf(SocialText.Step.class));
    runs.add(java.util.EnumSet.copyOf(SocialText.ALL));
    for (SocialText.Step step : SocialText.Step.values()) {
      java.util.Set<SocialText.Step> without = java.util.EnumSet.copyOf(SocialText.ALL);
      without.remove(step);
      runs.add(without);
    }
    Path model = Files.createTempFile("crisisdesk-ablation", ".ser.gz");
    try {
      double all = 0;
      for (java.util.Set<SocialText.Step> steps : runs) {
        TextClassifier.train(SocialSentiment.recipe(), texts, labels, model, steps);
        TextClassifier classifier = TextClassifier.load(model);
        Metrics metrics = new Metrics(3);
        for (int i = 0; i < valText.size(); i++) {
          var p = classifier.probabilities(valText.get(i), steps);
          double neg = p.getCount("0");
          double neu = p.getCount("1");
          double pos = p.getCount("2");
          metrics.add(gold[i], neu >= neg && neu >= pos ? 1 : neg > pos ? 0 : 2);
        }
        double recall = metrics.macroRecall();
        String name = steps.isEmpty() ? "no step" : steps.size() == SocialText.ALL.size() ? "all steps"
            : "without " + java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(steps)).iterator().next().name().toLowerCase(Locale.ROOT);
        if (steps.size() == SocialText.ALL.size()) all = recall;
        report.add(String.format(Locale.ROOT, "%-22s val macro-recall %.4f%s", name, recall,
            steps.size() == SocialText.ALL.size() - 1 ? String.format(Locale.ROOT, "  (the step is worth %+.4f)", all - recall) : ""));
      }
    } finally {
      Files.deleteIfExists(model);
    }
    return report;
  }

  private static double macroRecall(Combination c, double[][] social, double[][] rntn, int[] gold) {
    Metrics metrics = new Metrics(3);
    for (int i = 0; i < gold.length; i++) metrics.add(gold[i], c.threeWay(c.combine(social[i], rntnOf(rntn, i))));
    return metrics.macroRecall();
  }

  private static java.util.function.Supplier<double[]> rntnOf(double[][] rntn, int i) {
    return () -> rntn[i];
  }
}
