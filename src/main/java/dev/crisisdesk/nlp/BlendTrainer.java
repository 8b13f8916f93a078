package dev.crisisdesk.nlp;

import dev.crisisdesk.nlp.OnnxClassifier.Task;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Chooses how the trained models are blended, and the thresholds, on each task's val split, where
 * every model is out of sample (the transformer and the n-gram classifiers were trained on train):
 * sentiment's {@link Combination}, and the transformer's log-odds weight and the threshold for
 * offensive and hate ({@code abuse.properties}). Each choice is a grid search; its figure is
 * reported three ways, because the best of a grid on val flatters:
 * <ul>
 *   <li>val: the chosen setting scored on the split it was chosen on;</li>
 *   <li>cross-validated: 5 folds, each predicted by the setting chosen on the other four;</li>
 *   <li>for hate, cross-topic: chosen on the tweets about one target (immigrants, women) and scored
 *       on the other's.</li>
 * </ul>
 * For sentiment the weights are chosen on a split <b>held out by time</b> when one is given
 * ({@link ByTime}): the last fifth of the training tweets (the file runs from 2013 to 2016), scored by a
 * transformer and a social classifier trained on the first four fifths only. Val comes from the same
 * years as train, so on val the n-gram classifier looks far stronger than it is on later tweets
 * (0.686 macro-recall on val, 0.534 on the later fifth), and a blend chosen there leans on it.
 * Deterministic: the folds come from a fixed seed.
 */
public final class BlendTrainer {
  static final int FOLDS = 5;
  /** How much val macro-recall the gate may give up to skip parses (see {@link Combination}). */
  static final double GATE_TOLERANCE = 0.002;
  /**
   * The least weight the RNTN keeps in the sentiment blend, in tenths: CoreNLP's sentiment model is
   * part of what the product promises, and on the split held out by time giving it 0.1 cost nothing
   * measurable (0.662 against 0.663 macro-recall).
   */
  static final int MIN_RNTN_TENTHS = 1;
  /** The cross-validated macro-F1 a blend must gain over the transformer alone to keep the n-gram models. */
  static final double MIN_GAIN = 0.005;
  private static final Pattern IMMIGRATION = Pattern.compile(
      "(?i)migra|refugee|illegal|border|wall|deport|asylum|invader|invasion|daca|alien|islam|muslim|sendthemback|nodaca");

  private BlendTrainer() {}

  /**
   * A split held out by time: {@code data/sentiment/val_*} holds later tweets than {@code
   * data/sentiment/train_*}, and {@code models} holds a transformer and a social classifier trained on
   * that train split alone.
   */
  public record ByTime(Path data, Path models) {}

  /** Chooses and writes the blends into {@code modelsDir}; returns a line per figure for the caller to print. */
  public static List<String> train(Path dataDir, Path modelsDir) throws IOException {
    return train(dataDir, modelsDir, null);
  }

  /** The same, with the sentiment blend chosen on a split held out by time when {@code byTime} is given. */
  public static List<String> train(Path dataDir, Path modelsDir, ByTime byTime) throws IOException {
    CoreNlpSentiment rntn = Analyzer.rntnOnly(modelsDir);
    SocialSentiment social = SocialSentiment.load(modelsDir);
    AbuseModels abuse = AbuseModels.load(modelsDir);
    List<String> report = new ArrayList<>();
    try (TransformerModels transformers = TransformerModels.load(modelsDir, null)) {
      report.addAll(sentiment(dataDir, modelsDir, rntn, social, transformers, byTime));
      Properties properties = ModelProperties.read(modelsDir.resolve(AbuseModels.PROPERTIES));
      double negativeWeight = Double.parseDouble(properties.getProperty("toxicity.negativeWeight", "0"));
      double hateWeight = Double.parseDouble(properties.getProperty("toxicity.hateWeight", "0"));
      Labeled offensive = Labeled.read(dataDir.resolve("offensive"));
      double[][] off = scores(offensive.texts, text -> {
        double ngram = AbuseModels.blend(abuse.toxicity(text), social.distribution(text)[0], abuse.hate(text), negativeWeight, hateWeight);
        return new double[] {ngram, transformers.classify(Analyzer.bounded(text)).get(Task.offensive)[1]};
      });
      Labeled hate = Labeled.read(dataDir.resolve("hate"));
      double[][] hateScores = scores(hate.texts, text ->
          new double[] {abuse.hate(text), transformers.classify(Analyzer.bounded(text)).get(Task.hate)[1]});
      double[] offensiveChoice = binary("offensive", off, offensive, null, report);
      int[] topic = hate.texts.stream().mapToInt(text -> IMMIGRATION.matcher(text).find() ? 1 : 0).toArray();
      double[] hateChoice = binary("hate", hateScores, hate, topic, report);
      properties.setProperty("offensive.transformer", String.valueOf(offensiveChoice[0]));
      properties.setProperty("offensive.threshold", String.valueOf(offensiveChoice[1]));
      properties.setProperty("hate.transformer", String.valueOf(hateChoice[0]));
      properties.setProperty("hate.threshold", String.valueOf(hateChoice[1]));
      try (Writer out = Files.newBufferedWriter(modelsDir.resolve(AbuseModels.PROPERTIES), StandardCharsets.UTF_8)) {
        out.write("# Written by the train command (n-gram weights by train --only abuse, transformer weights and thresholds by the blend).\n");
        for (String line : report) if (!line.startsWith("sentiment")) out.write("# " + line + "\n");
        for (String key : new TreeSet<>(properties.stringPropertyNames())) out.write(key + " = " + properties.getProperty(key) + "\n");
      }
    }
    return report;
  }

  /** Each model's sentiment distribution for each text of a split (the RNTN's folded to three, null where it is not run). */
  private record Scored(int[] gold, double[][] t, double[][] s, double[][] r) {
    static Scored of(Labeled split, CoreNlpSentiment rntn, SocialSentiment social, TransformerModels transformers) {
      int n = split.gold.length;
      double[][] t = new double[n][];
      double[][] s = new double[n][];
      double[][] r = new double[n][];
      IntStream.range(0, n).parallel().forEach(i -> {
        String text = split.texts.get(i);
        t[i] = transformers.classify(Analyzer.bounded(text)).get(Task.sentiment);
        s[i] = social.distribution(text);
        r[i] = Analyzer.latin(text) ? rntn.distribution(Analyzer.bounded(text)) : null;
      });
      return new Scored(split.gold, t, s, r);
    }

    int size() {
      return gold.length;
    }

    int[] all() {
      return IntStream.range(0, gold.length).toArray();
    }

    double macroRecall(Combination c, int[] rows) {
      return BlendTrainer.macroRecall(c, t, s, r, gold, rows);
    }

    /** Each model alone on this split: "transformer x, social classifier y, RNTN z". */
    String alone() {
      return String.format(Locale.ROOT, "transformer %.3f, social classifier %.3f, RNTN %.3f", macroRecall(new Combination(1, 0, 1, 1), all()),
          macroRecall(new Combination(0, 1, 1, 1), all()), macroRecall(new Combination(0, 0, 1, 1), all()));
    }

    /** 5 folds, each predicted by the grid's best setting on the other four, pooled. */
    double crossValidated(List<Combination> grid) {
      int[] predicted = new int[size()];
      for (int[][] fold : folds(size())) {
        Combination c = best(grid, candidate -> macroRecall(candidate, fold[0]));
        for (int i : fold[1]) predicted[i] = c.threeWay(combined(c, t, s, r, i));
      }
      return BlendTrainer.macroRecall(predicted, gold);
    }
  }

  private static List<String> sentiment(Path dataDir, Path modelsDir, CoreNlpSentiment rntn, SocialSentiment social,
      TransformerModels transformers, ByTime byTime) throws IOException {
    Scored val = Scored.of(Labeled.read(dataDir.resolve("sentiment")), rntn, social, transformers);
    int n = val.size();
    int[] all = val.all();
    List<Combination> grid = new ArrayList<>();
    for (int wt = 0; wt <= 10 - MIN_RNTN_TENTHS; wt++) {
      for (int ws = 0; ws <= 10 - MIN_RNTN_TENTHS - wt; ws++) {
        for (int ns = 3; ns <= 15; ns++) {
          for (int neg = 6; neg <= 20; neg += 2) grid.add(new Combination(wt / 10.0, ws / 10.0, ns / 10.0, neg / 10.0, 1));
        }
      }
    }
    List<String> report = new ArrayList<>();
    Combination valsChoice = best(grid, c -> val.macroRecall(c, all));
    Combination chosen = valsChoice;
    String basis = "chosen on val";
    if (byTime != null) {
      Scored later;
      try (TransformerModels earlier = TransformerModels.load(byTime.models(), null)) {
        later = Scored.of(Labeled.read(byTime.data().resolve("sentiment")), rntn, SocialSentiment.load(byTime.models()), earlier);
      }
      chosen = best(grid, c -> later.macroRecall(c, later.all()));
      Combination c = chosen;
      basis = "chosen on the split held out by time";
      report.add(String.format(Locale.ROOT,
          "sentiment held out by time (%d later tweets, models trained on the %s earlier ones): chosen there %.3f, cross-validated there %.3f"
              + " (transformer %.1f, social %.1f, neutralScale %.1f, negativeScale %.1f); val's own choice scores %.3f there"
              + " (transformer %.1f, social %.1f, neutralScale %.1f, negativeScale %.1f); alone there: %s",
          later.size(), Files.readAllLines(byTime.data().resolve("sentiment/train_labels.txt"), StandardCharsets.UTF_8).size(),
          later.macroRecall(c, later.all()), later.crossValidated(grid), c.transformer(), c.social(), c.neutralScale(), c.negativeScale(),
          later.macroRecall(valsChoice, later.all()), valsChoice.transformer(), valsChoice.social(), valsChoice.neutralScale(),
          valsChoice.negativeScale(), later.alone()));
    }
    double full = val.macroRecall(chosen, all);
    double crossValidated = val.crossValidated(grid);
    Combination gated = chosen;
    if (chosen.rntn() > 0) {
      for (int g = 100; g >= 50; g -= 2) {
        Combination candidate = chosen.withGate(g / 100.0);
        if (val.macroRecall(candidate, all) < full - GATE_TOLERANCE) break;
        gated = candidate;
      }
    }
    Combination finalChoice = gated;
    long parsed = IntStream.range(0, n).filter(i -> val.r()[i] != null && !finalChoice.confident(finalChoice.withoutRntn(val.t()[i], val.s()[i]))).count();
    String figures = String.format(Locale.ROOT,
        "sentiment macro-recall (%s): val %.3f (transformer %.1f, social %.1f, RNTN %.1f, neutralScale %.1f, negativeScale %.1f,"
            + " gate %.2f, %.1f%% of comments parsed); chosen on val instead: %.3f on val, %.3f cross-validated on val; alone on val: %s",
        basis, val.macroRecall(gated, all), gated.transformer(), gated.social(), gated.rntn(), gated.neutralScale(),
        gated.negativeScale(), gated.gate(), 100.0 * parsed / n, val.macroRecall(valsChoice, all), crossValidated, val.alone());
    report.add(figures);
    gated.save(modelsDir, (byTime != null ? "Weights chosen on a split held out by time, gate on " + n + " validation texts," : "Chosen on " + n + " validation texts")
        + " by the train command (see BlendTrainer).\n" + String.join("\n", report));
    return report;
  }

  /**
   * The transformer's weight and the threshold for a yes/no task, chosen on val; reports val,
   * cross-validated and, when topics are given, cross-topic macro-F1. Returns {weight, threshold}.
   */
  private static double[] binary(String task, double[][] scores, Labeled val, int[] topic, List<String> report) {
    int n = val.gold.length;
    List<double[]> blends = new ArrayList<>();
    List<double[]> alone = new ArrayList<>();
    for (int w = 0; w <= 10; w++) {
      for (int th = 10; th <= 90; th += 5) (w == 10 ? alone : blends).add(new double[] {w / 10.0, th / 100.0});
    }
    blends.addAll(alone);
    int[] all = IntStream.range(0, n).toArray();
    double blendCv = crossValidated(scores, val.gold, blends);
    double aloneCv = crossValidated(scores, val.gold, alone);
    // the n-gram models cost a third of the analysis: they stay in only where held-out data shows a gain
    List<double[]> grid = blendCv - aloneCv >= MIN_GAIN ? blends : alone;
    Function<int[], double[]> choose = rows -> best(grid, g -> macroF1(predict(scores, g, rows), val.gold, rows));
    double[] chosen = choose.apply(all);
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
        "%s macro-F1: val %.3f, cross-validated %.3f (transformer weight %.1f, threshold %.2f); cross-validated blend %.3f,"
            + " transformer alone %.3f; alone on val at 0.5: transformer %.3f, n-gram %.3f",
        task, macroF1(predict(scores, chosen, all), val.gold, all), grid == blends ? blendCv : aloneCv, chosen[0], chosen[1],
        blendCv, aloneCv, macroF1(predict(scores, new double[] {1, 0.5}, all), val.gold, all),
        macroF1(predict(scores, new double[] {0, 0.5}, all), val.gold, all)));
    if (topic != null) {
      for (int from = 0; from <= 1; from++) {
        int source = from;
        int[] on = IntStream.range(0, n).filter(i -> topic[i] == source).toArray();
        int[] off = IntStream.range(0, n).filter(i -> topic[i] != source).toArray();
        double[] g = choose.apply(on);
        line.append(String.format(Locale.ROOT, "; cross-topic, chosen on %s (%d) and scored on %s (%d): %.3f",
            source == 1 ? "immigration" : "women", on.length, source == 1 ? "women" : "immigration", off.length,
            macroF1(predict(scores, g, off), val.gold, off)));
      }
    }
    report.add(line.toString());
    return chosen;
  }

  /** Macro-F1 of the predictions of each fold by the grid's best setting on the other folds, pooled. */
  private static double crossValidated(double[][] scores, int[] gold, List<double[]> grid) {
    int[] cv = new int[gold.length];
    for (int[][] fold : folds(gold.length)) {
      double[] g = best(grid, setting -> macroF1(predict(scores, setting, fold[0]), gold, fold[0]));
      int[] p = predict(scores, g, fold[1]);
      for (int k = 0; k < fold[1].length; k++) cv[fold[1][k]] = p[k];
    }
    return macroF1(cv, gold, IntStream.range(0, gold.length).toArray());
  }

  private static int[] predict(double[][] scores, double[] setting, int[] rows) {
    int[] out = new int[rows.length];
    for (int k = 0; k < rows.length; k++) {
      double[] row = scores[rows[k]];
      out[k] = AbuseModels.join(row[0], row[1], setting[0]) >= setting[1] ? 1 : 0;
    }
    return out;
  }

  /** The grid's best; ties keep the earlier (simpler) setting. */
  private static <T> T best(List<T> grid, ToDoubleFunction<T> score) {
    T best = null;
    double top = Double.NEGATIVE_INFINITY;
    for (T candidate : grid) {
      double value = score.applyAsDouble(candidate);
      if (value > top + 1e-12) {
        top = value;
        best = candidate;
      }
    }
    return best;
  }

  /** {train rows, test rows} per fold, from a seeded shuffle. */
  static List<int[][]> folds(int n) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
    Collections.shuffle(order, new Random(20261202L));
    List<int[][]> out = new ArrayList<>();
    for (int f = 0; f < FOLDS; f++) {
      int fold = f;
      int[] test = IntStream.range(0, n).filter(k -> k % FOLDS == fold).map(order::get).sorted().toArray();
      int[] train = IntStream.range(0, n).filter(k -> k % FOLDS != fold).map(order::get).sorted().toArray();
      out.add(new int[][] {train, test});
    }
    return out;
  }

  private static double[] combined(Combination c, double[][] t, double[][] s, double[][] r, int i) {
    return r[i] == null ? c.withoutRntn(t[i], s[i]) : c.combine(t[i], s[i], () -> r[i]);
  }

  private static double macroRecall(Combination c, double[][] t, double[][] s, double[][] r, int[] gold, int[] rows) {
    Metrics metrics = new Metrics(3);
    for (int i : rows) metrics.add(gold[i], c.threeWay(combined(c, t, s, r, i)));
    return metrics.macroRecall();
  }

  private static double macroRecall(int[] predicted, int[] gold) {
    Metrics metrics = new Metrics(3);
    for (int i = 0; i < gold.length; i++) metrics.add(gold[i], predicted[i]);
    return metrics.macroRecall();
  }

  private static double macroF1(int[] predicted, int[] gold, int[] rows) {
    Metrics metrics = new Metrics(2);
    for (int k = 0; k < rows.length; k++) metrics.add(gold[rows[k]], predicted[k]);
    return metrics.macroF1();
  }

  private static double[][] scores(List<String> texts, Function<String, double[]> score) {
    double[][] out = new double[texts.size()][];
    IntStream.range(0, texts.size()).parallel().forEach(i -> out[i] = score.apply(texts.get(i)));
    return out;
  }

  /** A task's val split: texts and gold labels. */
  private record Labeled(List<String> texts, int[] gold) {
    static Labeled read(Path folder) throws IOException {
      List<String> texts = Files.readAllLines(folder.resolve("val_text.txt"), StandardCharsets.UTF_8);
      int[] gold = Files.readAllLines(folder.resolve("val_labels.txt"), StandardCharsets.UTF_8).stream()
          .mapToInt(label -> Integer.parseInt(label.strip())).toArray();
      if (texts.size() != gold.length) throw new IOException(folder + ": " + texts.size() + " val texts but " + gold.length + " labels");
      return new Labeled(texts, gold);
    }
  }
}
