package dev.crisisdesk.nlp;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Rebuilds the abuse models from a data folder laid out like {@code ../shared/data}: toxicity from
 * {@code offensive/train_*} plus every {@code toxicity/*.csv} (deduplicated by id, label
 * {@code is_bad}), its threshold chosen on {@code offensive/val_*}; hate from {@code hate/train_*}
 * with the threshold left at 0.5, because hate speech test data differs from its val split.
 */
public final class AbuseTrainer {
  static final double SIGMA = 0.5;

  private AbuseTrainer() {}

  public static List<String> train(Path dataDir, Path modelsDir) throws IOException {
    List<String> report = new ArrayList<>();
    List<String> texts = new ArrayList<>(lines(dataDir.resolve("offensive/train_text.txt")));
    List<String> labels = new ArrayList<>(lines(dataDir.resolve("offensive/train_labels.txt")));
    Map<String, String[]> comments = toxicComments(dataDir.resolve("toxicity"));
    comments.values().forEach(row -> {
      texts.add(row[0]);
      labels.add(row[1]);
    });
    TextClassifier.train(TextClassifier.recipe(true, SIGMA), texts, labels, modelsDir.resolve(AbuseModels.TOXICITY));
    report.add("trained " + AbuseModels.TOXICITY + " on " + (texts.size() - comments.size()) + " tweets and " + comments.size() + " comments");

    TextClassifier.train(TextClassifier.recipe(true, SIGMA), lines(dataDir.resolve("hate/train_text.txt")),
        lines(dataDir.resolve("hate/train_labels.txt")), modelsDir.resolve(AbuseModels.HATE));
    report.add("trained " + AbuseModels.HATE);

    TextClassifier toxicity = TextClassifier.load(modelsDir.resolve(AbuseModels.TOXICITY));
    TextClassifier hate = TextClassifier.load(modelsDir.resolve(AbuseModels.HATE));
    double[] offensiveP = probabilities(toxicity, lines(dataDir.resolve("offensive/val_text.txt")));
    int[] offensiveGold = gold(dataDir.resolve("offensive/val_labels.txt"));
    double threshold = 0.5;
    double best = -1;
    for (int t = 30; t <= 70; t += 5) {
      double f1 = macroF1(offensiveP, offensiveGold, t / 100.0);
      if (f1 > best + 1e-12) {
        best = f1;
        threshold = t / 100.0;
      }
    }
    double hateF1 = macroF1(probabilities(hate, lines(dataDir.resolve("hate/val_text.txt"))), gold(dataDir.resolve("hate/val_labels.txt")), 0.5);
    String figures = String.format(Locale.ROOT, "val macro-F1: offensive %.3f (threshold %.2f), hate %.3f (threshold 0.50, not tuned)",
        best, threshold, hateF1);
    try (Writer out = Files.newBufferedWriter(modelsDir.resolve(AbuseModels.PROPERTIES), StandardCharsets.UTF_8)) {
      out.write("# Written by the train command. " + figures + "\n");
      out.write("hate.threshold = 0.5\n");
      out.write("offensive.threshold = " + threshold + "\n");
    }
    report.add(figures);
    return report;
  }

  /** Toxic comment rows by id (a row in several files counts once): text and 0/1 label. */
  static Map<String, String[]> toxicComments(Path folder) throws IOException {
    Map<String, String[]> rows = new LinkedHashMap<>();
    if (!Files.isDirectory(folder)) return rows;
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    for (Path file : files) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (CSVRecord record : format.parse(reader)) {
          String bad = record.get("is_bad").strip().toLowerCase(Locale.ROOT);
          String text = record.get("comment_text").replaceAll("\\s+", " ").strip();
          rows.putIfAbsent(record.get("id"), new String[] {text.length() > 2_000 ? text.substring(0, 2_000) : text,
              bad.equals("true") || bad.startsWith("1") ? "1" : "0"});
        }
      }
    }
    return rows;
  }

  private static double[] probabilities(TextClassifier classifier, List<String> texts) {
    return texts.parallelStream().mapToDouble(text -> classifier.probability(text, "1")).toArray();
  }

  static double macroF1(double[] p, int[] gold, double threshold) {
    Metrics metrics = new Metrics(2);
    for (int i = 0; i < p.length; i++) metrics.add(gold[i], p[i] >= threshold ? 1 : 0);
    return metrics.macroF1();
  }

  private static int[] gold(Path file) throws IOException {
    return lines(file).stream().mapToInt(label -> Integer.parseInt(label.strip())).toArray();
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
