package dev.crisisdesk.nlp;

import dev.crisisdesk.facts.Signals;
import edu.stanford.nlp.optimization.AbstractCachingDiffFunction;
import edu.stanford.nlp.optimization.QNMinimizer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * What the trainers of the {@link EncoderHead}s share: reading every text once with the shared encoder,
 * folds that keep a brand's answered tweets and each of our sets together, and the fit itself (a
 * weighted, class-balanced logistic regression with an L2 penalty, minimized by CoreNLP's quasi-Newton
 * minimizer: deterministic).
 */
final class HeadTrainer {
  static final int FOLDS = 5;
  static final double L2 = 1e-2;
  static final int MAX_ITERATIONS = 200;
  static final double TOLERANCE = 1e-7;

  private HeadTrainer() {}

  /** A training text: whether the head should say yes, its kind (for the report), the group whose examples share a fold (or null), its weight. */
  record Example(String text, boolean positive, String kind, String group, double weight) {}

  /** Every example as the service reads it: the head's features, the triage signals, the transformer's sentiment score. */
  record Encoded(double[][] x, Signals[] read, double[] sentiment) {}

  /** Reads every example with the shared encoder and the n-gram models; {@code ngram} picks the n-gram score the head reads. */
  static Encoded encode(List<Example> examples, Path modelsDir, ToDoubleFunction<Signals> ngram) {
    SignalReader reader = SignalReader.load(modelsDir);
    int n = examples.size();
    double[][] x = new double[n][];
    Signals[] read = new Signals[n];
    double[] sentiment = new double[n];
    try (TransformerModels transformers = TransformerModels.load(modelsDir, null)) {
      IntStream.range(0, n).parallel().forEach(i -> {
        String text = Folding.fold(examples.get(i).text());
        OnnxClassifier.Scored scored = transformers.score(Analyzer.bounded(text));
        float[] pooled = scored.embedding();
        if (pooled == null) throw new IllegalArgumentException(modelsDir + "/transformer: its graph gives no pooled output (model.properties: embedding)");
        read[i] = reader.read(text);
        x[i] = EncoderHead.features(pooled, ngram.applyAsDouble(read[i]));
        sentiment[i] = Combination.score(scored.heads().get(OnnxClassifier.Task.sentiment));
      });
    }
    return new Encoded(x, read, sentiment);
  }

  /**
   * Each example's probability from a head trained on the other folds: a brand's answered tweets and
   * each of our sets sit in one fold, other texts are spread by position.
   */
  static double[] heldOut(List<Example> examples, double[][] x, double[][] stats) {
    int[] fold = new int[examples.size()];
    for (int i = 0; i < fold.length; i++) {
      String group = examples.get(i).group();
      fold[i] = group == null ? i % FOLDS : Math.floorMod(group.hashCode(), FOLDS);
    }
    double[] heldOut = new double[examples.size()];
    for (int f = 0; f < FOLDS; f++) {
      final int held = f;
      EncoderHead head = fit(examples, x, stats, i -> fold[i] != held);
      for (int i = 0; i < x.length; i++) if (fold[i] == held) heldOut[i] = head.probability(x[i]);
    }
    return heldOut;
  }

  /** The weighted, class-balanced log-loss with an L2 penalty on the weights (not the bias), minimized to convergence. */
  static EncoderHead fit(List<Example> examples, double[][] x, double[][] stats, IntPredicate use) {
    int d = stats[0].length;
    int[] rows = IntStream.range(0, x.length).filter(use).toArray();
    double positive = 0;
    double negative = 0;
    for (int i : rows) {
      if (examples.get(i).positive()) positive += examples.get(i).weight();
      else negative += examples.get(i).weight();
    }
    double[][] z = new double[rows.length][];
    double[] weight = new double[rows.length];
    double[] gold = new double[rows.length];
    double total = 0;
    for (int r = 0; r < rows.length; r++) {
      Example e = examples.get(rows[r]);
      z[r] = new double[d];
      for (int j = 0; j < d; j++) z[r][j] = (x[rows[r]][j] - stats[0][j]) / stats[1][j];
      weight[r] = e.weight() * (e.positive() ? negative / positive : 1);
      gold[r] = e.positive() ? 1 : 0;
      total += weight[r];
    }
    final double sum = total;
    AbstractCachingDiffFunction loss = new AbstractCachingDiffFunction() {
      @Override
      public int domainDimension() {
        return d + 1;
      }

      @Override
      protected void calculate(double[] w) {
        double[] g = new double[d + 1];
        double v = 0;
        for (int r = 0; r < z.length; r++) {
          double s = w[d];
          for (int j = 0; j < d; j++) s += w[j] * z[r][j];
          // log(1 + e^s) - y s, computed without overflow
          v += weight[r] * (Math.max(s, 0) + Math.log1p(Math.exp(-Math.abs(s))) - gold[r] * s);
          double residual = weight[r] * (1 / (1 + Math.exp(-s)) - gold[r]);
          for (int j = 0; j < d; j++) g[j] += residual * z[r][j];
          g[d] += residual;
        }
        value = v / sum;
        for (int j = 0; j <= d; j++) g[j] /= sum;
        for (int j = 0; j < d; j++) {
          value += L2 / 2 * w[j] * w[j];
          g[j] += L2 * w[j];
        }
        derivative = g;
      }
    };
    QNMinimizer minimizer = new QNMinimizer(15);
    minimizer.shutUp();
    double[] w = minimizer.minimize(loss, TOLERANCE, new double[d + 1], MAX_ITERATIONS);
    return new EncoderHead(stats[0], stats[1], Arrays.copyOf(w, d), w[d]);
  }

  /** The mean and standard deviation of every feature. */
  static double[][] standardization(double[][] x) {
    int d = x[0].length;
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] row : x) for (int j = 0; j < d; j++) mean[j] += row[j] / x.length;
    for (double[] row : x) for (int j = 0; j < d; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
    for (int j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]) + 1e-6;
    return new double[][] {mean, scale};
  }
}
