package dev.crisisdesk.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Rebuilds the social sentiment model from a data folder laid out like TweetEval
 * ({@code sentiment/train_text.txt}, {@code train_labels.txt}, {@code val_text.txt},
 * {@code val_labels.txt}): trains the classifier on train and reports it alone on val; how it is
 * combined with the transformer and the RNTN is chosen by {@link BlendTrainer}. Deterministic: the
 * same data gives the same files.
 */
public final class SentimentTrainer {
  private SentimentTrainer() {}

  /** Trains into {@code modelsDir}; returns a line per step for the caller to print. */
  public static List<String> train(Path dataDir, Path modelsDir) throws IOException {
    Path sentiment = dataDir.resolve("sentiment");
    List<String> trainText = Files.readAllLines(sentiment.resolve("train_text.txt"), StandardCharsets.UTF_8);
    List<String> trainLabels = Files.readAllLines(sentiment.resolve("train_labels.txt"), StandardCharsets.UTF_8);
    TextClassifier.train(SocialSentiment.recipe(), trainText, trainLabels, modelsDir.resolve(SocialSentiment.FILE));
    SocialSentiment social = SocialSentiment.load(modelsDir);
    List<String> valText = Files.readAllLines(sentiment.resolve("val_text.txt"), StandardCharsets.UTF_8);
    int[] gold = Files.readAllLines(sentiment.resolve("val_labels.txt"), StandardCharsets.UTF_8).stream()
        .mapToInt(label -> Integer.parseInt(label.strip())).toArray();
    Metrics metrics = new Metrics(3);
    Combination alone = new Combination(0, 1, 1, 1);
    for (int i = 0; i < gold.length; i++) metrics.add(gold[i], alone.threeWay(social.distribution(valText.get(i))));
    return List.of("trained " + SocialSentiment.FILE + " on " + trainText.size() + " texts",
        String.format(Locale.ROOT, "social classifier alone, val macro-recall %.3f", metrics.macroRecall()));
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
    List<String> report = new ArrayList<>();
    List<Set<SocialText.Step>> runs = new ArrayList<>();
    runs.add(EnumSet.noneOf(SocialText.Step.class));
    runs.add(EnumSet.copyOf(SocialText.ALL));
    for (SocialText.Step step : SocialText.Step.values()) {
      Set<SocialText.Step> without = EnumSet.copyOf(SocialText.ALL);
      without.remove(step);
      runs.add(without);
    }
    Path model = Files.createTempFile("crisisdesk-ablation", ".ser.gz");
    try {
      double all = 0;
      for (Set<SocialText.Step> steps : runs) {
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
            : "without " + EnumSet.complementOf(EnumSet.copyOf(steps)).iterator().next().name().toLowerCase(Locale.ROOT);
        if (steps.size() == SocialText.ALL.size()) all = recall;
        report.add(String.format(Locale.ROOT, "%-22s val macro-recall %.4f%s", name, recall,
            steps.size() == SocialText.ALL.size() - 1 ? String.format(Locale.ROOT, "  (the step is worth %+.4f)", all - recall) : ""));
      }
    } finally {
      Files.deleteIfExists(model);
    }
    return report;
  }
}
